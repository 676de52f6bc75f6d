using System.Globalization;

namespace ClustER.Bot.TeamsPackage;

/// <summary>
/// Draws the two icons Teams requires: a 192x192 colour icon (a white health cross on the accent colour)
/// and a 32x32 outline icon (the same cross in white on transparent, as Teams demands).
/// </summary>
internal static class IconPainter
{
    /// <summary>The colour icon's side in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>The outline icon's side in pixels.</summary>
    public const int OutlineSize = 32;

    private const int Samples = 4;

    /// <summary>The colour icon as PNG.</summary>
    public static byte[] Color(string accentColor)
    {
        (byte r, byte g, byte b) = ParseColor(accentColor);
        return Paint(ColorSize, (coverage, pixel) =>
        {
            // White over the accent colour, blended by how much of the pixel the cross covers.
            pixel[0] = Blend(r, 255, coverage);
            pixel[1] = Blend(g, 255, coverage);
            pixel[2] = Blend(b, 255, coverage);
            pixel[3] = 255;
        });
    }

    /// <summary>The outline icon as PNG: white, with transparency only.</summary>
    public static byte[] Outline() =>
        Paint(OutlineSize, (coverage, pixel) =>
        {
            pixel[0] = pixel[1] = pixel[2] = 255;
            pixel[3] = (byte)Math.Round(coverage * 255);
        });

    private static byte[] Paint(int size, Action<double, Span<byte>> shade)
    {
        byte[] rgba = new byte[size * size * 4];
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                shade(Coverage(x, y, size), rgba.AsSpan((y * size + x) * 4, 4));
            }
        }

        return PngEncoder.Encode(size, size, rgba);
    }

    /// <summary>The share of the pixel inside the cross, by 4x4 supersampling (smooth edges).</summary>
    private static double Coverage(int x, int y, int size)
    {
        double centre = size / 2.0;
        double arm = size * 0.32;
        double half = size * 0.11;
        int inside = 0;
        for (int sy = 0; sy < Samples; sy++)
        {
            for (int sx = 0; sx < Samples; sx++)
            {
                double dx = Math.Abs(x + ((sx + 0.5) / Samples) - centre);
                double dy = Math.Abs(y + ((sy + 0.5) / Samples) - centre);
                if ((dx <= arm && dy <= half) || (dy <= arm && dx <= half))
                {
                    inside++;
                }
            }
        }

        return inside / (double)(Samples * Samples);
    }

    private static byte Blend(byte from, byte to, double amount) => (byte)Math.Round(from + ((to - from) * amount));

    private static (byte R, byte G, byte B) ParseColor(string hex)
    {
        int value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
