"""A fixed workload of the conversation engine for counting instructions under valgrind.

`PYTHONHASHSEED=0 valgrind --tool=callgrind python -m bench.instructions MODE FORMAT` parses
(`parse`) or fully analyses (`full`) 20 generated thirty-minute calls in FORMAT (`json` or
`vtt`); `empty` only warms up (imports, the classifiers, one call analysed), as every mode
does first. A mode's count less the `empty` count, over 20, is its instructions per call:
unlike CPU time, it does not move with other work on the machine (docs/performance.md).
"""

from __future__ import annotations

import argparse
import random

from bench.calls import _full, _parse, as_json, as_vtt, make_call

CALLS = 20
SEED = 11


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions")
    parser.add_argument("mode", choices=("empty", "parse", "full"))
    parser.add_argument("format", choices=("json", "vtt"))
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    write = as_json if args.format == "json" else as_vtt
    files = [write(make_call(rng)) for _ in range(CALLS)]
    _full(files[0])
    if args.mode == "parse":
        for data in files:
            _parse(data)
    elif args.mode == "full":
        for data in files:
            _full(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
