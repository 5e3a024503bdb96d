#!/usr/bin/python3
"""Checks of the cluster tests (tests/cluster/test_*.sh) on result files and progress logs.

  clustercheck.py identical REFERENCE RESULT
      RESULT equals REFERENCE (the np=1 run) in every number the evaluation produced
      (tests/engine/resultcompare.py: everything but timings, hosts, rank layout, run id).
  clustercheck.py layout RESULT HOST[,HOST...] CPUS
      The ranks ran on these hosts in rank order (rank r on the r-th HOST), their shards
      cover the dataset once in rank order, and each rank's thread plan is its node's:
      CPUS // (ranks on that host) threads (at least 1), allowed on at least as many CPUs.
  clustercheck.py progress LOG WORLD RESULT
      The progress socket's transcript LOG (written by progresslistener.py) starts with a
      hello for WORLD ranks, holds progress from every rank, relayed through rank 0, up to
      done == total, and ends with the result message naming RESULT.
  clustercheck.py transport LOG single|multi WORLD
      Open MPI's pml selection log (--mca pml_base_verbose 10, every rank's stderr): on
      one node the engine chose ob1 before MPI_Init, so only ob1 was opened; across nodes
      it kept Open MPI's default, so every pml component was considered.
  clustercheck.py quoted DOC FILE
      DOC (docs/CLUSTER.md) quotes FILE (a recipe the tests run) verbatim.
Exits 1 with the first failed check on stderr.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine"))
import resultcompare  # noqa: E402


def fail(message):
    print(f"clustercheck: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def identical(reference, result):
    a, b = resultcompare.load(reference), resultcompare.load(result)
    d = resultcompare.first_difference(resultcompare.evaluation_part(a),
                                       resultcompare.evaluation_part(b))
    if d:
        fail(f"{result} differs from the np=1 result {reference} at {d}")
    n = len(json.dumps(resultcompare.evaluation_part(a)))
    print(f"clustercheck: {os.path.basename(result)} equals the np=1 result "
          f"({n} characters of numbers and names compared)")


def layout(result, hosts, cpus):
    r = resultcompare.load(result)
    hosts = hosts.split(",")
    ranks = r["ranks"]
    if r["world_size"] != len(hosts) or len(ranks) != len(hosts):
        fail(f"world_size {r['world_size']} with {len(ranks)} ranks, expected {len(hosts)}")
    got = [e["host"] for e in ranks]
    if got != hosts:
        fail(f"ranks ran on {got}, expected {hosts}")
    first = 0
    for e in ranks:
        if e["first"] != first:
            fail(f"rank {e['rank']} starts at {e['first']}, expected {first}")
        first += e["count"]
    if first != r["dataset"]["num_samples"]:
        fail(f"the shards cover {first} of {r['dataset']['num_samples']} samples")
    for e in ranks:
        local_size = hosts.count(e["host"])
        want = max(1, cpus // local_size)
        if e["threads"] != want or not want <= e["cpus"] <= cpus:
            fail(f"rank {e['rank']} on {e['host']} ({local_size} ranks there) ran "
                 f"{e['threads']} threads on {e['cpus']} CPUs, expected {want} threads on "
                 f"{want} to {cpus} CPUs")
    plan = ", ".join(f"{e['rank']}@{e['host']}:{e['threads']}t/{e['cpus']}cpu" for e in ranks)
    print(f"clustercheck: layout {plan}")


def progress(log, world, result):
    with open(log) as f:
        messages = [json.loads(line) for line in f if line.strip()]
    if not messages or messages[0]["type"] != "hello":
        fail(f"{log}: no hello first")
    hello = messages[0]
    if hello["world_size"] != world:
        fail(f"hello says world_size {hello['world_size']}, expected {world}")
    total = {s["rank"]: s["count"] for s in hello["shards"]}
    done = {}
    for m in messages:
        if m["type"] == "progress":
            if m["total"] != total[m["rank"]]:
                fail(f"rank {m['rank']} reports total {m['total']}, its shard has {total[m['rank']]}")
            done[m["rank"]] = m["done"]
        if m["type"] == "error":
            fail(f"the engine reported {m}")
    for rank in range(world):
        if rank not in done:
            fail(f"no progress of rank {rank} reached the socket")
        if done[rank] != total[rank]:
            fail(f"rank {rank}'s last progress is {done[rank]} of {total[rank]}")
    last = messages[-1]
    if last["type"] != "result" or os.path.realpath(last["path"]) != os.path.realpath(result):
        fail(f"the last message is {last}, expected the result {result}")
    counts = {rank: sum(1 for m in messages if m["type"] == "progress" and m["rank"] == rank)
              for rank in range(world)}
    print(f"clustercheck: progress lines per rank {counts}, every rank at 100 %, then the result")


def transport(log, where, world):
    with open(log, errors="replace") as f:
        text = f.read()
    opened = {}  # "[host:pid]" of a rank -> the pml components it opened
    for proc, component in re.findall(
            r"(\[[^\]]+\]) mca: base: components_open: found loaded component (\w+)", text):
        opened.setdefault(proc, set()).add(component)
    if len(opened) != world:
        fail(f"{log}: the pml selection of {len(opened)} ranks logged, expected {world} "
             "(was pml_base_verbose 10 given?)")
    for proc, components in sorted(opened.items()):
        if where == "single" and components != {"ob1"}:
            fail(f"one node: rank {proc} opened the pml components {sorted(components)}, "
                 "expected only ob1 (the engine's choice)")
        if where == "multi" and components == {"ob1"}:
            fail(f"several nodes: rank {proc} opened only ob1; the engine must keep Open MPI's "
                 "default")
    union = sorted(set().union(*opened.values()))
    print(f"clustercheck: {where} node(s): {world} ranks opened the pml components {union}")


def quoted(doc, path):
    with open(doc) as f, open(path) as g:
        if g.read() not in f.read():
            fail(f"{doc} does not quote {path} verbatim: the docs must show what the tests run")
    print(f"clustercheck: {os.path.basename(doc)} quotes {os.path.basename(path)} verbatim")


def main():
    if len(sys.argv) < 2:
        fail(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "identical":
        identical(*args)
    elif cmd == "layout":
        layout(args[0], args[1], int(args[2]))
    elif cmd == "progress":
        progress(args[0], int(args[1]), args[2])
    elif cmd == "quoted":
        quoted(*args)
    elif cmd == "transport":
        transport(args[0], args[1], int(args[2]))
    else:
        fail(f"unknown check {cmd}")


if __name__ == "__main__":
    main()
