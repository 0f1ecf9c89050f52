# Calls the exported function with the arguments in the JSON file named first, in order.
import importlib
import json
import sys

module = importlib.import_module(sys.argv[2])
args = json.load(open(sys.argv[1], encoding="utf-8"))
print("RESULT " + json.dumps(getattr(module, sys.argv[3])(*args)))
