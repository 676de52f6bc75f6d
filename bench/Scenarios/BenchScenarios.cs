using ClustER.Bench.Servers;

namespace ClustER.Bench.Scenarios;

/// <summary>The registry of scenarios. Add a line here for a new benchmark (reminders, polls, newsletter...).</summary>
internal static class BenchScenarios
{
    /// <summary>Every scenario, in the order a plain run executes them.</summary>
    public static IReadOnlyList<IBenchScenario> All { get; } =
    [
        new TurnScenario("message", "a plain message turn answered with one short text (bench-only route) vs the bare baseline",
            BenchFeature.Text, BenchFeature.Reply, checkTargets: true),
        new TurnScenario("help", "the real \"help\" turn (directory lookup, card rendering) vs the bare baseline",
            "help", "\"type\":\"AdaptiveCard\"", checkTargets: false),
        new TurnScenario("question", "a member's question (understanding, Lucene search, answer card) vs the bare baseline",
            "Quali bandi PNRR sono aperti per gli ospedali?", "\"type\":\"AdaptiveCard\"", checkTargets: false),
        new Reminders.ReminderScenario(),
        new Privacy.PrivacyScenario(),
        new Newsletter.NewsletterScenario(),
        new Polls.PollScenario(),
        new Surveys.SurveyScenario(),
    ];

    /// <summary>The scenario named <paramref name="name"/>, or null.</summary>
    public static IBenchScenario? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
