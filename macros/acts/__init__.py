"""Acceptance certificates (acts): the model, its checks and its pages."""
