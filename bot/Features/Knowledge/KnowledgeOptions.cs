using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Features.Knowledge;

/// <summary>Where the knowledge files are and how changes are picked up (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The folder with calls.json, events.json and faq.json, imported at start and on every change. Relative
    /// paths are under the content root. Empty = the demo knowledge shipped with the bot (DemoData/knowledge).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How long the folder must be quiet after a change before it is imported (editors write in bursts).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the bot checks the database for knowledge imported by another process (the import command).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RevisionPoll { get; set; } = TimeSpan.FromSeconds(15);
}
