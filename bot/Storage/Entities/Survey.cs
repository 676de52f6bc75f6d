namespace ClustER.Bot.Storage.Entities;

/// <summary>A survey staff sent (or are about to send) to an audience, with the snapshot of its questions.</summary>
public sealed class Survey
{
    public int Id { get; set; }

    /// <summary>The definition's id (the name staff typed), e.g. <c>internazionalizzazione</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The Italian title, for lists and logs.</summary>
    public required string Title { get; set; }

    /// <summary>The definition as it was when sent (file format), so later file edits never change a running survey.</summary>
    public required string DefinitionJson { get; set; }

    /// <summary>True when answers are stored without who gave them.</summary>
    public bool IsAnonymous { get; set; }

    public SurveyAudienceKind AudienceKind { get; set; }

    /// <summary>The working group number or the <see cref="OrganisationType"/> value; null for everyone.</summary>
    public int? AudienceValue { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Days before the close when non-respondents are reminded, comma-separated (e.g. <c>3,1</c>); empty = none.</summary>
    public string ReminderDays { get; set; } = string.Empty;

    public SurveyState State { get; set; }

    public int CreatedByPersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the retention job deleted the personal answers of this closed survey.</summary>
    public DateTimeOffset? AnswersPurgedAt { get; set; }
}

/// <summary>Who a survey goes to.</summary>
public enum SurveyAudienceKind
{
    Everyone = 0,
    WorkingGroup = 1,
    OrganisationType = 2,
}

/// <summary>Where a survey stands.</summary>
public enum SurveyState
{
    /// <summary>Staff have seen the audience size but not confirmed yet.</summary>
    AwaitingConfirmation = 0,
    Open = 1,
    Closed = 2,
    Cancelled = 3,
}
