"""Training videos and instructions: the catalogue, its checks and its pages."""
