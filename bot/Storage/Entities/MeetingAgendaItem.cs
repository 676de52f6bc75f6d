namespace ClustER.Bot.Storage.Entities;

/// <summary>One item of a meeting's agenda (ordine del giorno).</summary>
public sealed class MeetingAgendaItem
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    /// <summary>The item's place in the agenda, from 1.</summary>
    public int Position { get; set; }

    public required string Text { get; set; }

    /// <summary>True for extraordinary business (parte straordinaria, e.g. statute changes).</summary>
    public bool IsExtraordinary { get; set; }
}
