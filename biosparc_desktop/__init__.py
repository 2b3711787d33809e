"""Biosparc Desktop: an offline partner relationship manager for business development."""

__version__ = "0.1.0"
