using System.Globalization;
using System.Text.Json;

namespace ClustER.Tests.Bot.Features.Questions.Search;

/// <summary>A deterministic synthetic knowledge folder (calls and events in the knowledge format), for load figures.</summary>
internal static class SyntheticKnowledge
{
    private static readonly string[] Programmes = ["Horizon Europe", "EIC Accelerator", "EIC Pathfinder", "IHI", "EU4Health", "EURATOM", "PNRR", "I3", "Interreg Europe", "FESR Emilia-Romagna", "ESA", "National", "Regional"];
    private static readonly string[] Topics = ["telemedicine for chronic patients", "radiopharmaceuticals for cancer therapy", "biomaterials for implants", "gene therapy for rare diseases", "AI in diagnostic imaging", "precision nutrition", "green hospitals", "space medicine", "health tourism", "dementia care", "medical device validation", "digital twins", "wearable sensors", "circular packaging of drugs", "vaccines manufacturing"];
    private static readonly string[] Temi = ["telemedicina per pazienti cronici", "radiofarmaci", "biomateriali per impianti", "terapie geniche", "intelligenza artificiale in radiologia", "nutrizione di precisione", "ospedali sostenibili", "medicina spaziale", "turismo della salute", "autonomia cognitiva", "dispositivi medici", "gemelli digitali", "sensori indossabili", "imballaggi compostabili", "produzione di vaccini"];
    private static readonly string[] Kinds = ["general-assembly", "board-meeting", "wg-meeting", "fair", "conference", "workshop", "webinar", "mission", "roadshow", "other"];
    private static readonly string[] Cities = ["Bologna", "Modena", "Parma", "Reggio Emilia", "Ferrara", "Ravenna", "Rimini", "Piacenza", "Milano", "Brussels", "Dubai", "Düsseldorf"];
    private static readonly string[] Eligibility = ["sme", "startup", "large-company", "university", "research-centre", "hospital", "association", "public-body"];

    /// <summary>Writes <paramref name="calls"/> calls and <paramref name="events"/> events (seed 42) into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int calls, int events, DateTimeOffset now)
    {
        var random = new Random(42);
        var callItems = new List<object>();
        for (int i = 0; i < calls; i++)
        {
            int topic = random.Next(Topics.Length);
            bool italian = random.Next(2) == 0;
            DateTimeOffset opens = now.AddDays(random.Next(-200, 60));
            callItems.Add(new Dictionary<string, object?>
            {
                ["id"] = $"call-{i:D5}",
                ["title"] = italian ? $"Bando {i}: {Temi[topic]}" : $"Call {i}: {Topics[topic]}",
                ["programme"] = Programmes[random.Next(Programmes.Length)],
                ["priorities"] = new[] { (topic % 11) + 1 },
                ["opens"] = Iso(opens),
                ["deadline"] = random.Next(20) == 0 ? null : Iso(opens.AddDays(random.Next(30, 240))),
                ["budget"] = $"Up to €{random.Next(1, 20) * 100}k",
                ["eligibility"] = Eligibility.Where(_ => random.Next(3) == 0).DefaultIfEmpty("sme").ToArray(),
                ["summary"] = italian ? $"Progetti su {Temi[topic]} e {Temi[random.Next(Temi.Length)]}." : $"Projects on {Topics[topic]} and {Topics[random.Next(Topics.Length)]}.",
            });
        }

        var eventItems = new List<object>();
        for (int i = 0; i < events; i++)
        {
            int topic = random.Next(Topics.Length);
            DateTimeOffset start = now.AddDays(random.Next(-120, 365)).AddHours(random.Next(8, 18) - now.Hour);
            eventItems.Add(new Dictionary<string, object?>
            {
                ["id"] = $"event-{i:D5}",
                ["title"] = $"Event {i} – {Topics[topic]}",
                ["kind"] = Kinds[random.Next(Kinds.Length)],
                ["start"] = Iso(start),
                ["end"] = Iso(start.AddHours(2)),
                ["location"] = random.Next(4) == 0 ? null : Cities[random.Next(Cities.Length)],
                ["online"] = random.Next(2) == 0 ? "https://teams.example.org/e" + i : null,
                ["priorities"] = new[] { (topic % 11) + 1 },
                ["summary"] = $"Meeting about {Topics[topic]}.",
            });
        }

        File.WriteAllText(Path.Combine(folder, "calls.json"), JsonSerializer.Serialize(callItems));
        File.WriteAllText(Path.Combine(folder, "events.json"), JsonSerializer.Serialize(eventItems));
    }

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
