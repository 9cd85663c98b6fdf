"""Project configuration: settings from the environment, URL routes, the JSON API, ASGI/WSGI."""
