"""Validation rules: pure functions that return a clean value or raise ValidationError."""
