using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClustER.Bot.Hosting;
using ClustER.Bot.TeamsPackage;
using Microsoft.Extensions.Options;

namespace ClustER.Tests.Bot.TeamsPackage;

public sealed class TeamsPackageBuilderTests
{
    private const string AppId = "0b3c1d2e-4f5a-6b7c-8d9e-0f1a2b3c4d5e";

    [Fact]
    public void Build_WithAnAppId_HasTheThreeFilesAtTheRoot()
    {
        using ZipArchive zip = Open(CreateBuilder(AppId).Build());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Build_Manifest_IsValidJsonForTheBot()
    {
        using ZipArchive zip = Open(CreateBuilder(AppId).Build());
        using JsonDocument manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        JsonElement root = manifest.RootElement;

        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", root.GetProperty("accentColor").GetString());
        Assert.True(root.GetProperty("name").GetProperty("short").GetString()!.Length <= 30);
        Assert.True(root.GetProperty("description").GetProperty("short").GetString()!.Length <= 80);
        Assert.True(root.GetProperty("developer").GetProperty("name").GetString()!.Length <= 32);
        foreach (string url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        JsonElement bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        JsonElement[] lists = [.. bot.GetProperty("commandLists").EnumerateArray()];
        Assert.Contains(lists, l => l.GetProperty("scopes").EnumerateArray().Any(s => s.GetString() == "personal"));
        Assert.All(lists.SelectMany(l => l.GetProperty("commands").EnumerateArray()), c =>
        {
            Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128);
        });
        Assert.All(lists, l => Assert.InRange(l.GetProperty("commands").GetArrayLength(), 1, 10));
        Assert.Contains(lists[0].GetProperty("commands").EnumerateArray(), c => c.GetProperty("title").GetString() == "help");
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Build_Icons_ArePngsOfTheRequiredSize(string file, int size)
    {
        using ZipArchive zip = Open(CreateBuilder(AppId).Build());

        DecodedPng png = DecodedPng.Read(Read(zip, file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void Build_OutlineIcon_IsWhiteOnTransparent()
    {
        using ZipArchive zip = Open(CreateBuilder(AppId).Build());

        DecodedPng png = DecodedPng.Read(Read(zip, "outline.png"));

        Assert.All(png.Pixels(), p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p}"));
        Assert.Contains(png.Pixels(), p => p.A == 255);
        Assert.Contains(png.Pixels(), p => p.A == 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("my-bot")]
    public void Build_WithoutAGuidAppId_FailsNamingTheKey(string? appId)
    {
        var failure = Assert.Throws<TeamsPackageException>(() => CreateBuilder(appId).Build());

        Assert.Contains("Bot:MicrosoftAppId", failure.Message, StringComparison.Ordinal);
    }

    private static TeamsPackageBuilder CreateBuilder(string? appId) =>
        new(Options.Create(new BotOptions { MicrosoftAppId = appId }), Options.Create(new TeamsAppOptions()));

    private static ZipArchive Open(byte[] package) => new(new MemoryStream(package), ZipArchiveMode.Read);

    private static byte[] Read(ZipArchive zip, string name)
    {
        using Stream stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>A minimal PNG reader for 8-bit RGBA without filters, checking signature and chunk CRCs.</summary>
    private sealed record DecodedPng(int Width, int Height, byte[] Rgba)
    {
        public static DecodedPng Read(byte[] png)
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            int width = 0, height = 0;
            using var idat = new MemoryStream();
            for (int at = 8; at < png.Length;)
            {
                int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
                string type = Encoding.ASCII.GetString(png, at + 4, 4);
                byte[] data = png[(at + 8)..(at + 8 + length)];
                uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
                Assert.Equal(Crc(png.AsSpan(at + 4, 4 + length)), crc);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
                    Assert.Equal((byte)8, data[8]);
                    Assert.Equal((byte)6, data[9]);
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }

                at += 12 + length;
            }

            idat.Position = 0;
            using var raw = new MemoryStream();
            using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            {
                zlib.CopyTo(raw);
            }

            byte[] rows = raw.ToArray();
            Assert.Equal(height * (1 + (width * 4)), rows.Length);
            byte[] rgba = new byte[width * height * 4];
            for (int y = 0; y < height; y++)
            {
                Assert.Equal(0, rows[y * (1 + (width * 4))]);
                Array.Copy(rows, (y * (1 + (width * 4))) + 1, rgba, y * width * 4, width * 4);
            }

            return new DecodedPng(width, height, rgba);
        }

        public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
        {
            for (int i = 0; i < Rgba.Length; i += 4)
            {
                yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
            }
        }

        private static uint Crc(ReadOnlySpan<byte> bytes)
        {
            uint crc = 0xFFFFFFFF;
            foreach (byte b in bytes)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
                }
            }

            return crc ^ 0xFFFFFFFF;
        }
    }
}
