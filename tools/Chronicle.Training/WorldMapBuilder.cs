using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Training;

/// <summary>
/// Builds the web UI's offline world map (<c>src/Chronicle.Web/wwwroot/world.json</c>) from the Natural Earth 1:110m
/// country outlines in <c>SHARED/data/geo/countries-110m.json</c> (TopoJSON, public domain). Arcs are decoded (delta
/// and quantisation transform), projected equirectangularly onto a 3600 × 1800 grid (a tenth of a degree: x = 10 ×
/// (lon + 180), y = 10 × (90 − lat)), points that round to the one before are dropped, and each country becomes one
/// SVG path in relative integer steps. Output: {"width": 3600, "height": 1800, "countries": [{"id", "name", "d"}]}.
/// </summary>
internal static class WorldMapBuilder
{
    private const double Scale = 10;

    public static void Build(string shared, string outFile)
    {
        var source = Path.Combine(shared, "data", "geo", "countries-110m.json");
        var topology = JsonNode.Parse(File.ReadAllText(source)) ?? throw new InvalidDataException($"{source} is empty");
        var transform = topology["transform"]!;
        var (sx, sy) = ((double)transform["scale"]![0]!, (double)transform["scale"]![1]!);
        var (tx, ty) = ((double)transform["translate"]![0]!, (double)transform["translate"]![1]!);
        var arcs = topology["arcs"]!.AsArray().Select(arc => Decode(arc!.AsArray(), sx, sy, tx, ty)).ToList();

        var countries = new List<object>();
        foreach (var geometry in topology["objects"]!["countries"]!["geometries"]!.AsArray())
        {
            var type = (string?)geometry!["type"];
            List<JsonArray> polygons = type switch
            {
                "Polygon" => [geometry["arcs"]!.AsArray()],
                "MultiPolygon" => [.. geometry["arcs"]!.AsArray().Select(p => p!.AsArray())],
                _ => [],
            };
            var path = new StringBuilder();
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon)
                {
                    Ring(path, ring!.AsArray().Select(i => (int)i!).ToList(), arcs);
                }
            }

            if (path.Length > 0)
            {
                countries.Add(new
                {
                    id = (string?)geometry["id"] ?? string.Empty,
                    name = (string?)geometry["properties"]?["name"] ?? string.Empty,
                    d = path.ToString(),
                });
            }
        }

        var json = JsonSerializer.Serialize(new { width = (int)(360 * Scale), height = (int)(180 * Scale), countries });
        File.WriteAllText(outFile, json);
        Console.WriteLine($"{outFile}: {countries.Count} countries, {json.Length / 1024} KB");
    }

    /// <summary>One arc's points on the grid: TopoJSON stores quantised deltas.</summary>
    private static List<(int X, int Y)> Decode(JsonArray arc, double sx, double sy, double tx, double ty)
    {
        var points = new List<(int X, int Y)>(arc.Count);
        long x = 0;
        long y = 0;
        foreach (var step in arc)
        {
            x += (long)step![0]!;
            y += (long)step[1]!;
            var lon = (x * sx) + tx;
            var lat = (y * sy) + ty;
            points.Add(((int)Math.Round((lon + 180) * Scale), (int)Math.Round((90 - lat) * Scale)));
        }

        return points;
    }

    /// <summary>A closed ring from its arcs (a negative index ~i is arc i reversed), as one relative SVG subpath.</summary>
    private static void Ring(StringBuilder path, List<int> indices, List<List<(int X, int Y)>> arcs)
    {
        var points = new List<(int X, int Y)>();
        foreach (var index in indices)
        {
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();

            // Consecutive arcs share their joining point.
            foreach (var point in points.Count == 0 ? arc : arc.Skip(1))
            {
                if (points.Count == 0 || points[^1] != point)
                {
                    points.Add(point);
                }
            }
        }

        if (points.Count < 3)
        {
            return;
        }

        // A ring that crosses the antimeridian (Fiji, Chukotka) jumps from one edge to the other: drawn as stored it
        // would streak across the world. Unwrapped so each step is under half the world, it hangs over one edge and is
        // drawn a second time shifted by the world's width so the other edge shows the rest. A ring that goes round the
        // pole (Antarctica) comes back a world away from where it started and is kept as stored.
        var width = (int)(360 * Scale);
        var unwrapped = new List<(int X, int Y)>(points.Count) { points[0] };
        for (var i = 1; i < points.Count; i++)
        {
            var x = points[i].X;
            while (x - unwrapped[^1].X > width / 2)
            {
                x -= width;
            }

            while (x - unwrapped[^1].X < -width / 2)
            {
                x += width;
            }

            unwrapped.Add((x, points[i].Y));
        }

        if (Math.Abs(unwrapped[^1].X - unwrapped[0].X) < width / 2)
        {
            var (min, max) = (unwrapped.Min(p => p.X), unwrapped.Max(p => p.X));
            Subpath(path, unwrapped);
            if (min < 0 || max > width)
            {
                var shift = min < 0 ? width : -width;
                Subpath(path, [.. unwrapped.Select(p => (p.X + shift, p.Y))]);
            }

            return;
        }

        Subpath(path, points);
    }

    private static void Subpath(StringBuilder path, List<(int X, int Y)> points)
    {
        path.Append(CultureInfo.InvariantCulture, $"M{points[0].X} {points[0].Y}l");
        for (var i = 1; i < points.Count; i++)
        {
            var (dx, dy) = (points[i].X - points[i - 1].X, points[i].Y - points[i - 1].Y);
            if (i > 1 && dx >= 0)
            {
                path.Append(' ');
            }

            path.Append(CultureInfo.InvariantCulture, $"{dx}");
            if (dy >= 0)
            {
                path.Append(' ');
            }

            path.Append(CultureInfo.InvariantCulture, $"{dy}");
        }

        path.Append('z');
    }
}
