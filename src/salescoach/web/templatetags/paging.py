"""Links between the pages of a list that keep the list's filters."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import QueryDict

register = template.Library()


@register.simple_tag(takes_context=True)
def page_query(context: dict[str, Any], number: int) -> str:
    """The query string of page `number` of the list being shown: every parameter of the
    current request (its search and filters) but its page, then `page=number`."""
    query: QueryDict = context["request"].GET.copy()
    query["page"] = str(number)
    return "?" + query.urlencode()
