using System.Globalization;

namespace ClustER.Bot.Localization;

/// <summary>The two languages the bot speaks; Italian is the default.</summary>
public static class Languages
{
    /// <summary>Italian, the default.</summary>
    public const string Italian = "it";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>The default when nothing else tells.</summary>
    public const string Default = Italian;

    private static readonly CultureInfo ItalianCulture = CultureInfo.GetCultureInfo("it-IT");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Maps a locale such as <c>en-US</c> or <c>it</c> to a supported language, or null.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        string primary = locale.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            Italian => Italian,
            English => English,
            _ => null,
        };
    }

    /// <summary>The culture used to format dates and numbers in <paramref name="language"/>.</summary>
    public static CultureInfo Culture(string? language) => language == English ? EnglishCulture : ItalianCulture;

    /// <summary>The locale written on replies in <paramref name="language"/>.</summary>
    public static string Locale(string? language) => language == English ? "en-US" : "it-IT";
}
