"""python -m pagecleaner"""
from .cli import main

main()
