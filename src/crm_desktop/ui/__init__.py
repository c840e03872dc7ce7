"""The desktop app: PySide6 widgets over the services. The only package that imports Qt."""
