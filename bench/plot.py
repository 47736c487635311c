"""plot.py RESULTS.json OUT.svg: the scaling curve, time and peak memory per claim against claims, log-log, one
line per command. Written as plain SVG so the suite needs no plotting package."""

import json
import math
import sys

COLOURS = ["#1B9E77", "#D95F02", "#7570B3", "#E7298A", "#66A61E", "#E6AB02", "#A6761D", "#666666"]
WIDTH, HEIGHT, MARGIN = 420, 300, 56


def panel(series, x0, title, unit, key):
    """One log-log panel at x0: every series' (claims, value per claim) points joined by lines."""
    points = [(c, v) for s in series.values() for c, v in s[key]]
    if not points:
        return ""
    xs = [math.log10(c) for c, _ in points]
    ys = [math.log10(v) for _, v in points]
    lo_x, hi_x = math.floor(min(xs)), math.ceil(max(xs))
    lo_y, hi_y = math.floor(min(ys)), math.ceil(max(ys))
    hi_x, hi_y = max(hi_x, lo_x + 1), max(hi_y, lo_y + 1)

    def at(c, v):
        x = x0 + MARGIN + (math.log10(c) - lo_x) / (hi_x - lo_x) * (WIDTH - 1.5 * MARGIN)
        y = HEIGHT - MARGIN - (math.log10(v) - lo_y) / (hi_y - lo_y) * (HEIGHT - 1.6 * MARGIN)
        return x, y

    parts = [f'<text x="{x0 + WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">{title}</text>']
    for e in range(lo_x, hi_x + 1):
        x, _ = at(10 ** e, 10 ** lo_y)
        parts.append(f'<line x1="{x:.1f}" y1="{MARGIN * 0.6}" x2="{x:.1f}" y2="{HEIGHT - MARGIN}" stroke="#ddd"/>'
                     f'<text x="{x:.1f}" y="{HEIGHT - MARGIN + 16}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(lo_y, hi_y + 1):
        _, y = at(10 ** lo_x, 10 ** e)
        parts.append(f'<line x1="{x0 + MARGIN}" y1="{y:.1f}" x2="{x0 + WIDTH - MARGIN / 2}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{x0 + MARGIN - 4}" y="{y + 4:.1f}" text-anchor="end">{10.0 ** e:g}</text>')
    parts.append(f'<text x="{x0 + WIDTH / 2}" y="{HEIGHT - 12}" text-anchor="middle">claims</text>'
                 f'<text transform="translate({x0 + 12},{HEIGHT / 2}) rotate(-90)" text-anchor="middle">{unit}</text>')
    for (name, s), colour in zip(series.items(), COLOURS):
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in (at(c, v) for c, v in s[key]))
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in (at(c, v) for c, v in s[key]))
    return "".join(parts)


def main():
    rows = json.load(open(sys.argv[1], encoding="utf-8"))["rows"]
    series = {}
    for row in rows:
        if row["size"] == "sample" or "wall" not in row:
            continue
        s = series.setdefault(row["command"], {"time": [], "memory": []})
        s["time"].append((row["claims"], row["wall"] * 1000 / row["claims"]))
        s["memory"].append((row["claims"], row["peak_mib"] * 1024 / row["claims"]))
    legend = "".join(f'<rect x="{20 + 200 * (i % 4)}" y="{HEIGHT + 8 + 18 * (i // 4)}" width="12" height="12" fill="{c}"/>'
                     f'<text x="{36 + 200 * (i % 4)}" y="{HEIGHT + 19 + 18 * (i // 4)}">{name}</text>'
                     for i, (name, c) in enumerate(zip(series, COLOURS)))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * WIDTH}" height="{HEIGHT + 50}" font-family="sans-serif" font-size="11">'
           f'<rect width="100%" height="100%" fill="white"/>'
           f'{panel(series, 0, "Wall time per claim", "ms per claim", "time")}'
           f'{panel(series, WIDTH, "Peak memory per claim", "KiB per claim", "memory")}{legend}</svg>\n')
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(svg)


if __name__ == "__main__":
    main()
