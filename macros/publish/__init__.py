"""What the build publishes besides the pages: the export, page metadata and assets, build configuration."""
