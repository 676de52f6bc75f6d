using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Features.Questions;

/// <summary>How answers are shown and calendar links are made (section <c>Questions</c>).</summary>
public sealed class QuestionsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Questions";

    /// <summary>How many matches one answer card shows; "show more" shows the next ones.</summary>
    [Range(1, 10)]
    public int PageSize { get; set; } = 5;

    /// <summary>
    /// The bot's public address, for the calendar links on cards (e.g. https://bot.example.org). Empty = the
    /// first of the host's <c>Urls</c>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The key that signs calendar links. Empty = a random key generated once and kept in the data directory.</summary>
    public string? CalendarSigningKey { get; set; }

    /// <summary>How long a calendar link on a card works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(60);
}
