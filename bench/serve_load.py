#!/usr/bin/env python3
"""Load on `coopcheck serve` (part of `make bench`, not a test): the Đắk Nông sample as one
workbook uploaded N at once, and the answers to hostile and oversize uploads, with the server's
latency percentiles and peak memory (VmHWM). Prints a Markdown section.

    python3 bench/serve_load.py BIN WORKBOOK [--concurrent 50] [--flood 200]
"""
import concurrent.futures
import io
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
import zipfile


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def form(files, fields):
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, value in fields.items():
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    for name, data in files:
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                   "Content-Type: application/octet-stream\r\n\r\n".encode())
        body.write(data + b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def post(url, files, fields=None):
    body, content_type = form(files, fields or {"province": "67", "period": "2025"})
    request = urllib.request.Request(url + "api/check", data=body, headers={"Content-Type": content_type})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (ConnectionError, urllib.error.URLError) as error:
        status = f"connection: {type(error).__name__}"
    return status, time.perf_counter() - start


def peak_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return 0


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def start(binary, checks):
    """`coopcheck serve` on a free port, once it listens; `checks` at once (None: the default)."""
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--port", str(port)] + (["--max-checks", str(checks)] if checks else []),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while True:
        line = server.stderr.readline()
        if not line:
            sys.exit(f"{binary} serve stopped before it listened (exit {server.wait()})")
        if "coopcheck serve: open" in line:
            break
    server.url = f"http://127.0.0.1:{port}/"
    return server


def burst(url, files, count, workers):
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda _: post(url, files), range(count)))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    options = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    binary, workbook = args[0], args[1]
    concurrent_uploads = int(options.get("--concurrent", 50))
    flood = int(options.get("--flood", 200))
    book = open(workbook, "rb").read()
    # A server that takes every upload of the burst: all are checked, two cores at a time.
    server = start(binary, concurrent_uploads)
    try:
        url = server.url
        idle = rss_mib(server.pid)
        single = [post(url, [("book.xlsx", book)])[1] for _ in range(5)]
        results = burst(url, [("book.xlsx", book)], concurrent_uploads, concurrent_uploads)
        loaded_peak = peak_mib(server.pid)
    finally:
        server.terminate()
        server.wait()
    # The default server (as many checks at once as cores): the flood is answered 503 past them.
    server = start(binary, None)
    try:
        url = server.url
        flooded = burst(url, [("book.xlsx", book)], flood, flood)
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("cooperatives.csv", b"0" * (512 << 20))
        traversal = io.BytesIO()
        with zipfile.ZipFile(traversal, "w") as z:
            z.writestr("../../etc/cron.d/x", "x")
        xml_bomb = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(book)) as source, zipfile.ZipFile(xml_bomb, "w", zipfile.ZIP_DEFLATED) as z:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "xl/worksheets/sheet2.xml":
                    body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                    data = (b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
                            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>') + body
                z.writestr(item, data)
        hostile = [
            ("zip bomb (512 MiB of zeros, 0.5 MiB compressed)", [("bomb.zip", bomb.getvalue())]),
            ("XML bomb (entity declarations in a sheet)", [("book.xlsx", xml_bomb.getvalue())]),
            ("path traversal (`../../etc/cron.d/x` in a zip)", [("evil.zip", traversal.getvalue())]),
            ("100 MiB upload", [("big.bin", os.urandom(100 << 20))]),
        ]
        hostile_results = [(name, post(url, files)) for name, files in hostile]
        alive = urllib.request.urlopen(url + "healthz", timeout=10).read() == b"ok\n"
        peak = peak_mib(server.pid)
    finally:
        server.terminate()
        server.wait()

    def count(results, status):
        return sum(1 for s, _ in results if s == status)

    def percentile(times, share):
        times = sorted(times)
        return times[min(len(times) - 1, int(len(times) * share))] if times else 0

    build = "release" if "/release/" in binary else "debug"
    print(f"`coopcheck serve` ({build}) on {os.cpu_count()} cores, the Đắk Nông sample as one workbook "
          f"({len(book) // 1024} KiB, 493 records, every pack):")
    print()
    print("| load | server | answers | p50 (s) | p99 (s) |")
    print("| --- | --- | --- | ---: | ---: |")
    print(f"| one at a time, 5 uploads | `--max-checks {concurrent_uploads}` | {len(single)} × 200 | "
          f"{statistics.median(single):.2f} | {max(single):.2f} |")
    for name, server_name, res in [(f"{concurrent_uploads} at once", f"`--max-checks {concurrent_uploads}`", results),
                                   (f"{flood} at once", "default (as many checks as cores)", flooded)]:
        others = {s for s, _ in res if s not in (200, 503)}
        answers = f"{count(res, 200)} × 200, {count(res, 503)} × 503" + (f", other: {sorted(map(str, others))}" if others else "")
        times = [t for _, t in res]
        print(f"| {name} | {server_name} | {answers} | {percentile(times, 0.5):.2f} | {percentile(times, 0.99):.2f} |")
    print()
    print("| hostile upload | answer | time (s) |")
    print("| --- | --- | ---: |")
    for name, (status, seconds) in hostile_results:
        print(f"| {name} | {status} | {seconds:.2f} |")
    print()
    print(f"Server memory: {idle} MiB idle; {loaded_peak} MiB at its peak (VmHWM) checking {concurrent_uploads} uploads at "
          f"once; {peak} MiB at the peak of the default server through the flood and the hostile uploads, which "
          f"still answered /healthz afterwards: {'yes' if alive else 'no'}.")


if __name__ == "__main__":
    main()
