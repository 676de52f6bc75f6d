namespace ClustER.Bot.Storage.Entities;

/// <summary>A general assembly or Executive Board meeting convened through the bot.</summary>
public sealed class Meeting
{
    public int Id { get; set; }

    public MeetingKind Kind { get; set; }

    /// <summary>First call (prima convocazione), UTC.</summary>
    public DateTimeOffset FirstCallAt { get; set; }

    /// <summary>Second call (seconda convocazione), UTC; none for most board meetings.</summary>
    public DateTimeOffset? SecondCallAt { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    /// <summary>The notice period the convocation respected (or knowingly did not: <see cref="IsUrgent"/>).</summary>
    public int NoticeDays { get; set; }

    /// <summary>True when staff confirmed an urgent convocation inside the notice period.</summary>
    public bool IsUrgent { get; set; }

    public bool IsCancelled { get; set; }

    /// <summary>The calendar UID, the same in every invitation of this meeting.</summary>
    public required string Uid { get; set; }

    /// <summary>The calendar SEQUENCE: 0 at convocation, one more at each change and at cancellation.</summary>
    public int Sequence { get; set; }

    public int ConvenedByPersonId { get; set; }

    public DateTimeOffset ConvenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<MeetingAgendaItem> Agenda { get; } = [];
}

/// <summary>The meetings convened through the bot.</summary>
public enum MeetingKind
{
    /// <summary>Assemblea generale: every member organisation's representative, with proxies.</summary>
    GeneralAssembly = 0,

    /// <summary>Consiglio direttivo (Executive Board): the board members, without proxies.</summary>
    BoardMeeting = 1,
}
