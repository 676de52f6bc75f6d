using System.Globalization;
using System.Resources;

namespace ClustER.Bot.Localization;

/// <summary>
/// Reads user-facing strings from a feature's resource file in the member's language
/// (Italian is the neutral resource, English the satellite).
/// </summary>
/// <param name="resources">The feature's resource manager.</param>
public sealed class Texts(ResourceManager resources)
{
    /// <summary>The string <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    /// <exception cref="InvalidOperationException">The key is missing: a programming error caught by tests.</exception>
    public string Get(string key, string? language, params object?[] args)
    {
        CultureInfo culture = Languages.Culture(language);
        string format = resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"Resource string '{key}' is missing from {resources.BaseName}.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>Creates the texts of the resource <c>ClustER.Bot.Resources.{name}</c>.</summary>
    public static Texts For(string name) =>
        new(new ResourceManager($"ClustER.Bot.Resources.{name}", typeof(Texts).Assembly));
}
