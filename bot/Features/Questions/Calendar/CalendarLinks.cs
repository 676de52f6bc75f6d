using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClustER.Bot.Storage;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Questions.Calendar;

/// <summary>
/// Makes and checks the signed, expiring links to an item's .ics file
/// (<c>/calendar/{kind}/{id}.ics?exp=…&amp;sig=…</c>): HMAC-SHA256 over kind, id and expiry, so a link
/// cannot be forged or kept working forever.
/// </summary>
internal sealed class CalendarLinks(IOptions<QuestionsOptions> options, IOptions<StorageOptions> storage, IConfiguration configuration, TimeProvider time)
{
    private const string KeyFile = "calendar-link.key";
    private readonly Lazy<byte[]> _key = new(() => LoadKey(options.Value, storage.Value));

    /// <summary>The route pattern served by <see cref="CalendarEndpoint"/>.</summary>
    public const string Route = "/calendar/{kind}/{id}.ics";

    /// <summary>An absolute, signed link to the .ics of the item.</summary>
    public string Create(string kind, string id)
    {
        long expires = time.GetUtcNow().Add(options.Value.CalendarLinkLifetime).ToUnixTimeSeconds();
        string baseUrl = (options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured
            : configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "http://localhost").TrimEnd('/');
        return $"{baseUrl}/calendar/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(id)}.ics?exp={expires.ToString(CultureInfo.InvariantCulture)}&sig={Sign(kind, id, expires)}";
    }

    /// <summary>True when <paramref name="signature"/> is this bot's and the link has not expired.</summary>
    public bool IsValid(string kind, string id, long expires, string? signature)
    {
        if (signature is null || expires < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        byte[] expected = Encoding.ASCII.GetBytes(Sign(kind, id, expires));
        byte[] given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private string Sign(string kind, string id, long expires)
    {
        byte[] mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{kind}\n{id}\n{expires.ToString(CultureInfo.InvariantCulture)}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static byte[] LoadKey(QuestionsOptions options, StorageOptions storage)
    {
        if (options.CalendarSigningKey is { Length: > 0 } configured)
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        string folder = Path.GetFullPath(storage.DataDirectory);
        string path = Path.Combine(folder, KeyFile);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(folder);
        byte[] key = RandomNumberGenerator.GetBytes(32);
        try
        {
            // CreateNew: if two instances race, one writes and both then read the same key.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
