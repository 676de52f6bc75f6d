using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClustER.Bot.Storage.Conventions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> on SQLite as fixed-width UTC text
/// (<c>2027-03-11T16:00:00.0000000Z</c>), so that text order is time order and comparisons, ORDER BY,
/// MIN and MAX work in SQL. The offset is not kept: every instant the bot stores is UTC
/// (<see cref="TimeProvider.GetUtcNow"/>), and local times are computed for display.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter : ValueConverter<DateTimeOffset, string>
{
    /// <summary>The stored format: always 28 characters for years 0001-9999.</summary>
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    public UtcDateTimeOffsetConverter()
        : base(value => ToText(value), text => FromText(text))
    {
    }

    /// <summary>The stored text of <paramref name="value"/>.</summary>
    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The instant stored as <paramref name="text"/>, with offset zero.</summary>
    public static DateTimeOffset FromText(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
}
