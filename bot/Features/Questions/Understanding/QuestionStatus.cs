namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>Which items by time a question asks for, beyond an explicit time range.</summary>
public enum QuestionStatus
{
    /// <summary>Nothing said: open or forthcoming calls, events not over yet (past ones only when nothing else matches).</summary>
    Default = 0,

    /// <summary>"aperti", "still open": calls accepting submissions now.</summary>
    Open,

    /// <summary>"chiusi", "closed", "past": closed calls, past events.</summary>
    Closed,

    /// <summary>"recently closed", "scaduti di recente": closed or over in the last 30 days.</summary>
    Recent,

    /// <summary>"aprono", "opening soon": calls not open yet.</summary>
    Opening,

    /// <summary>"upcoming", "futuri": what has not happened or closed yet.</summary>
    Upcoming,
}
