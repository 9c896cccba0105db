#!/usr/bin/env python3
"""Getis-Ord Gi* hotspots with numpy: the baseline of P4 (`hotspots-numpy`, see bench/README.md).

The same formula, grid and neighbourhood as Coprod's HotspotAnalysis.Run with its defaults and no
boundary: every point projected onto the plane tangent to the WGS84 ellipsoid at the centre of the
points' longitude/latitude box (LocalProjection.Forward), a grid whose lines pass through that centre
every `cell` metres and which covers the projected points with whole cells (AnalysisGrid.Build),
every cell analysed, a cell's value its number of points, and Gi* with binary weights over the cell
and its eight neighbours (queen contiguity; GetisOrd.Compute):

    Gi* = (L - mean * W) / (S * sqrt((n * W - W^2) / (n - 1))),  S = sqrt(sum((x - mean)^2) / n)

with 0 where n * W - W^2 <= 0 or all values are equal.

Usage: gi_star.py POINTS CELL REPEATS OUT_PREFIX
POINTS holds little-endian float64 (longitude, latitude) pairs. The file is read once, before any
timing; each repeat times the whole computation from those two arrays to the grid of z-scores, after
one untimed warm-up run, in elapsed time and in this process's CPU time. Writes OUT_PREFIX.z.bin (float64 z, row by row from the south-west) and
OUT_PREFIX.counts.bin (int64 counts), and prints one JSON line with the grid size and the timings.
"""
import json
import math
import sys
import time

import numpy as np

SEMI_MAJOR = 6_378_137.0
FLATTENING = 1 / 298.257223563
E2 = FLATTENING * (2 - FLATTENING)
DEGREES = math.pi / 180


def cartesian(lon, lat, sin, cos, sqrt):
    sin_lon, cos_lon = sin(lon * DEGREES), cos(lon * DEGREES)
    sin_lat, cos_lat = sin(lat * DEGREES), cos(lat * DEGREES)
    n = SEMI_MAJOR / sqrt(1 - E2 * sin_lat * sin_lat)
    return n * cos_lat * cos_lon, n * cos_lat * sin_lon, n * (1 - E2) * sin_lat


def hotspots(lon, lat, cell):
    """Counts per cell and Gi* z-scores, both (rows, columns) arrays from the south-west."""
    centre_lon = (lon.min() + lon.max()) / 2.0
    centre_lat = (lat.min() + lat.max()) / 2.0
    x0, y0, z0 = cartesian(float(centre_lon), float(centre_lat), math.sin, math.cos, math.sqrt)
    sin_lon, cos_lon = math.sin(centre_lon * DEGREES), math.cos(centre_lon * DEGREES)
    sin_lat, cos_lat = math.sin(centre_lat * DEGREES), math.cos(centre_lat * DEGREES)
    x, y, z = cartesian(lon, lat, np.sin, np.cos, np.sqrt)
    dx, dy, dz = x - x0, y - y0, z - z0
    east = -sin_lon * dx + cos_lon * dy
    north = -sin_lat * cos_lon * dx - sin_lat * sin_lon * dy + cos_lat * dz

    origin_x = math.floor(east.min() / cell) * cell
    origin_y = math.floor(north.min() / cell) * cell
    columns = int(math.floor((east.max() - origin_x) / cell)) + 1
    rows = int(math.floor((north.max() - origin_y) / cell)) + 1
    column = np.floor((east - origin_x) / cell).astype(np.int64)
    row = np.floor((north - origin_y) / cell).astype(np.int64)
    counts = np.bincount(row * columns + column, minlength=rows * columns).reshape(rows, columns)

    values = counts.astype(np.float64)
    n = rows * columns
    if n < 2 or values.min() == values.max():
        return counts, np.zeros_like(values)
    mean = values.sum() / n
    s = math.sqrt(((values - mean) ** 2).sum() / n)
    padded_values = np.pad(values, 1)
    padded_cells = np.pad(np.ones((rows, columns), dtype=np.int64), 1)
    local = np.zeros_like(values)
    weights = np.zeros((rows, columns), dtype=np.int64)
    for dy_ in (-1, 0, 1):
        for dx_ in (-1, 0, 1):
            window = (slice(1 + dy_, 1 + dy_ + rows), slice(1 + dx_, 1 + dx_ + columns))
            local += padded_values[window]
            weights += padded_cells[window]
    spread = n * weights - weights * weights
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = (local - mean * weights) / (s * np.sqrt(spread / (n - 1.0)))
    return counts, np.where(spread <= 0, 0.0, scores)


def main():
    points_file, cell, repeats, out_prefix = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    points = np.fromfile(points_file, dtype="<f8").reshape(-1, 2)
    lon, lat = np.ascontiguousarray(points[:, 0]), np.ascontiguousarray(points[:, 1])
    hotspots(lon, lat, cell)
    seconds, cpu_seconds = [], []
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        counts, scores = hotspots(lon, lat, cell)
        seconds.append(time.perf_counter() - start)
        cpu_seconds.append(time.process_time() - cpu_start)
    scores.astype("<f8").tofile(out_prefix + ".z.bin")
    counts.astype("<i8").tofile(out_prefix + ".counts.bin")
    print(json.dumps({"rows": scores.shape[0], "columns": scores.shape[1], "seconds": seconds, "cpu_seconds": cpu_seconds,
                      "numpy": np.__version__, "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
