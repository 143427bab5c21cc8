import sys

from pyvm.cli import main

sys.exit(main())
