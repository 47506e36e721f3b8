"""backbreak: a tray break reminder with guided stretches and an honest history."""

__version__ = "0.1.0"
APP_NAME = "backbreak"
APP_ID = "io.github.backbreak.Backbreak"  # desktop file, AppStream id, icon name
