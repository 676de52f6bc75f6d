namespace ClustER.Bot.TeamsPackage;

/// <summary>
/// The command menu of the Teams app. Keep it in step with the bot's routes when a feature adds a
/// command people should discover; Teams shows at most 10 per scope.
/// </summary>
public static class TeamsCommands
{
    /// <summary>The commands, in menu order.</summary>
    public static IReadOnlyList<TeamsCommand> All { get; } =
    [
        new("help", "What I can do for you", InGroups: true),
        new("calls", "Open calls for funding, e.g. \"calls for startups closing this month\"", InGroups: true),
        new("events", "Upcoming events and meetings, e.g. \"next general assembly\"", InGroups: true),
        new("my reminders", "The reminders you asked for, to change or cancel them", InGroups: false),
        new("language", "Switch my language: italiano or English", InGroups: false),
        new("unsubscribe newsletter", "Stop receiving the monthly newsletter", InGroups: false),
        new("my data", "Everything the bot stores about you", InGroups: false),
        new("forget me", "Erase what the bot stores about you (asks first)", InGroups: false),
    ];
}
