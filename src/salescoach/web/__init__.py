"""The web shell: base layout, navigation, sign-in, home pages and error pages."""
