"""The settings dialog (``dialog``), one module per tab, and the helpers they share."""
