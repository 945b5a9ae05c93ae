"""Benchmark the crisis screen: `python -m alongside.bench_crisis [--repeats N]`.

Times `alongside.crisis.screen` with `time.perf_counter_ns` on messages of about 100 and
10,000 characters (a mix of crisis and ordinary ones, built here so nothing is read from disk),
and on 100,000-character adversarial inputs (repeated trigger words, negations, punctuation,
one huge word, control characters, emoji, nested brackets). Reports p50/p99 microseconds per
message and the slowest adversarial time in milliseconds, with the number of timed runs.
Wall-clock time (`perf_counter_ns`) is the measure; CPU time of the thread (`thread_time_ns`)
and the load average are shown beside it, because on a shared machine other processes stretch
wall-clock time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from alongside.crisis import screen

_SHORT = (
    "my son keeps saying he wants to die and I don't know what to do, can you help me please",
    "what are the side effects of lithium and how do I talk to him about taking it every day?",
    "I'm not suicidal, I would never hurt myself, I'm just so tired of fighting his doctors.",
    "she took a whole bottle of pills and won't wake up, her lips look blue, what do I do now",
    "he says nothing is wrong with him and refuses to see a psychiatrist. How do I approach it?",
    "Client reports passive SI, denies plan or intent; how do I frame a safety plan with her?",
    "this paperwork is killing me lol, I'm dying to know when the insurance appeal comes back",
    "my daughter has been cutting herself and giving her things away, I found a goodbye note",
    "mi hijo dice que quiere matarse y no quiere tomar sus medicinas, que hago? estoy asustada",
    "MY HUSBAND SAYS WE'D ALL BE BETTER OFF WITHOUT HIM AND HE BOUGHT A GUN LAST WEEK!!!!!!",
    "we watched a documentary on suicide prevention for my nursing class, very moving film x",
    "he hasnt eaten or drank anything in 4 days and wont leave his room, hes paranoid about us",
)

_LONG_PARAGRAPH = (
    "My brother was diagnosed with bipolar disorder a few years ago and has been on and off "
    "his medication ever since. When he takes it he is steady, works, and sees his friends; "
    "when he stops, he sleeps little, spends money he does not have, and argues with everyone. "
    "He says the pills make him feel flat and that he is not sick, only tired of being told "
    "what to do. Our parents are worn out and we disagree about whether to push or back off. "
)


def _ten_thousand(crisis: bool) -> str:
    text = _LONG_PARAGRAPH * (10_000 // len(_LONG_PARAGRAPH) + 1)
    text = text[:9_900]
    if crisis:
        cut = len(text) // 2
        text = text[:cut] + " Last night he told me he wants to kill himself. " + text[cut:]
    return text[:10_000]


def adversarial_inputs(size: int = 100_000) -> dict[str, str]:
    """Inputs built to be slow for a regex engine or a tokenizer, each `size` characters."""
    units = {
        "one_letter": "a",
        "one_huge_word": "k",
        "spaces": " ",
        "punctuation": "!?.,;",
        "brackets": "(",
        "apostrophes": "'",
        "control_chars": "\x00\x01\x1b\u200b",
        "emoji": "\U0001F600",
        "mixed_scripts": "死にたい قتل себя ",
        "kill_repeated": "kill ",
        "i_want_to_repeated": "i want to ",
        "not_repeated": "not ",
        "kms_repeated": "kms ",
        "negated_crisis_repeated": "i would never kill myself, ",
        "pills_repeated": "took a handful of pills ",
        "voices_repeated": "voices told him to ",
        "common_words": "the a i is not no my he on with to and ",
        "near_misses": "want to d kill my sel not wanting to di ",
        "newlines": "die\n",
        "letter_runs": "diiiiiiiiiiiiiiiiiiiiiie ",
    }
    out = {}
    for name, unit in units.items():
        out[name] = (unit * (size // len(unit) + 1))[:size]
    out["brackets"] = "(" * (size // 2) + ")" * (size - size // 2)
    return out


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[i]


def _time_each(messages: list[str], repeats: int) -> tuple[list[float], list[float]]:
    """Wall and CPU microseconds per call, every message timed `repeats` times, interleaved."""
    wall: list[float] = []
    cpu: list[float] = []
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for _ in range(repeats):
        for msg in messages:
            c0 = cpu_clock()
            t0 = clock()
            screen(msg)
            t1 = clock()
            c1 = cpu_clock()
            wall.append((t1 - t0) / 1_000)
            cpu.append((c1 - c0) / 1_000)
    return wall, cpu


def _row(wall: list[float], cpu: list[float], messages: int) -> dict:
    wall, cpu = sorted(wall), sorted(cpu)
    return {
        "runs": len(wall),
        "messages": messages,
        "p50_us": _percentile(wall, 0.50),
        "p99_us": _percentile(wall, 0.99),
        "max_us": wall[-1],
        "cpu_p50_us": _percentile(cpu, 0.50),
        "cpu_p99_us": _percentile(cpu, 0.99),
    }


def run(repeats: int = 300, adversarial_repeats: int = 5) -> dict:
    """Time the screen and return the figures (microseconds unless named `_ms`)."""
    short = [m[:100].ljust(100, " ") for m in _SHORT]
    long_ = [_ten_thousand(False), _ten_thousand(True)]
    for msg in short + long_:  # warm caches and the allocator
        screen(msg)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    short_wall, short_cpu = _time_each(short, repeats)
    long_wall, long_cpu = _time_each(long_, max(1, repeats // 10))
    adversarial: dict[str, float] = {}
    adversarial_cpu: dict[str, float] = {}
    for name, text in adversarial_inputs().items():
        runs, cpu_runs = [], []
        for _ in range(adversarial_repeats):
            c0 = time.thread_time_ns()
            t0 = time.perf_counter_ns()
            screen(text)
            runs.append((time.perf_counter_ns() - t0) / 1e6)
            cpu_runs.append((time.thread_time_ns() - c0) / 1e6)
        adversarial[name] = statistics.median(runs)
        adversarial_cpu[name] = statistics.median(cpu_runs)
    worst = max(adversarial, key=adversarial.__getitem__)
    return {
        "chars_100": _row(short_wall, short_cpu, len(short)),
        "chars_10000": _row(long_wall, long_cpu, len(long_)),
        "adversarial_100000": {
            "inputs": len(adversarial),
            "runs_each": adversarial_repeats,
            "median_ms_by_input": adversarial,
            "cpu_median_ms_by_input": adversarial_cpu,
            "worst_input": worst,
            "worst_ms": adversarial[worst],
            "worst_cpu_ms": max(adversarial_cpu.values()),
        },
        "machine": {"cpus": os.cpu_count(), "load_average_1min": load_before},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark the crisis screen.")
    parser.add_argument("--repeats", type=int, default=300, help="timed passes over the set")
    parser.add_argument("--adversarial-repeats", type=int, default=5)
    args = parser.parse_args(argv)
    r = run(args.repeats, args.adversarial_repeats)
    m = r["machine"]
    print("crisis screen benchmark: wall time with time.perf_counter_ns, CPU time beside it")
    print(f"machine: {m['cpus']} CPUs, 1-minute load average {m['load_average_1min']:.2f}")
    print(f"{'input':<16}{'runs':>7}{'p50 us':>10}{'p99 us':>10}{'max us':>10}"
          f"{'cpu p50':>10}{'cpu p99':>10}")
    for label, key in (("~100 chars", "chars_100"), ("~10,000 chars", "chars_10000")):
        row = r[key]
        print(f"{label:<16}{row['runs']:>7}{row['p50_us']:>10.1f}{row['p99_us']:>10.1f}"
              f"{row['max_us']:>10.1f}{row['cpu_p50_us']:>10.1f}{row['cpu_p99_us']:>10.1f}")
    adv = r["adversarial_100000"]
    print()
    print(f"100,000-char adversarial inputs (median of {adv['runs_each']} runs each, ms)")
    print(f"  {'input':<28}{'wall':>8}{'cpu':>8}")
    for name, ms in sorted(adv["median_ms_by_input"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28}{ms:>8.2f}{adv['cpu_median_ms_by_input'][name]:>8.2f}")
    print(f"  worst: {adv['worst_input']} {adv['worst_ms']:.2f} ms wall; "
          f"worst CPU {adv['worst_cpu_ms']:.2f} ms")


if __name__ == "__main__":
    main()
