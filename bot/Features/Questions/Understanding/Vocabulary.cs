namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>
/// The hand-kept table of the words members use, in both languages (<c>Vocabulary.txt</c>): what is
/// asked for, programmes, themes, eligibility, places, status words and cross-language synonyms.
/// Analysis and stemming are Lucene's; this table only says what domain words mean.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, List<VocabularyEntry>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _synonyms = new(StringComparer.Ordinal);

    private Vocabulary()
    {
    }

    /// <summary>The vocabulary embedded in the bot.</summary>
    public static Vocabulary Default { get; } = Load();

    /// <summary>The longest phrase, in words.</summary>
    public int MaxPhraseWords { get; private set; } = 1;

    /// <summary>The meanings of <paramref name="phrase"/> (folded words joined by single spaces).</summary>
    public IReadOnlyList<VocabularyEntry> Lookup(string phrase) =>
        _phrases.TryGetValue(phrase, out List<VocabularyEntry>? entries) ? entries : [];

    /// <summary>True when the word is a filler (no content).</summary>
    public bool IsFiller(string word) => Lookup(word).Any(e => e.Section == VocabularySection.Filler);

    /// <summary>The other members of the synonym groups of <paramref name="word"/> (a word or a phrase).</summary>
    public IReadOnlyCollection<string> Synonyms(string word) =>
        _synonyms.TryGetValue(word, out HashSet<string>? group) ? group : [];

    /// <summary>Every phrase of a section and key (e.g. all the ways to name a place).</summary>
    public IEnumerable<string> PhrasesOf(VocabularySection section, string key) =>
        _phrases.Where(p => p.Value.Contains(new VocabularyEntry(section, key))).Select(p => p.Key);

    private static Vocabulary Load()
    {
        using Stream stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("ClustER.Bot.Features.Questions.Understanding.Vocabulary.txt")
            ?? throw new InvalidOperationException("Vocabulary.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var vocabulary = new Vocabulary();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string[] head = colon < 0 ? [] : line[..colon].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (head.Length == 0 || !Enum.TryParse(head[0], ignoreCase: true, out VocabularySection section))
            {
                throw new InvalidOperationException($"Vocabulary.txt line {lineNumber}: expected '<section> <key>: phrase | phrase'.");
            }

            string key = head.Length > 1 ? head[1] : string.Empty;
            string[] phrases = [.. line[(colon + 1)..].Split('|').Select(Normalise).Where(p => p.Length > 0)];
            vocabulary.Add(section, key, phrases);
        }

        return vocabulary;
    }

    private void Add(VocabularySection section, string key, string[] phrases)
    {
        if (section == VocabularySection.Syn)
        {
            // Every member is looked up (a phrase the parser matched, such as "intelligenza artificiale", lends its
            // synonyms to its words) and any member, "radiation protection" too, is an expansion.
            foreach (string word in phrases)
            {
                if (!_synonyms.TryGetValue(word, out HashSet<string>? group))
                {
                    _synonyms[word] = group = new HashSet<string>(StringComparer.Ordinal);
                }

                group.UnionWith(phrases.Where(w => w != word));
            }

            return;
        }

        foreach (string phrase in phrases)
        {
            if (!_phrases.TryGetValue(phrase, out List<VocabularyEntry>? entries))
            {
                _phrases[phrase] = entries = [];
            }

            var entry = new VocabularyEntry(section, key);
            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }

            MaxPhraseWords = Math.Max(MaxPhraseWords, phrase.Count(c => c == ' ') + 1);
        }
    }

    /// <summary>A phrase as the parser sees questions: folded words joined by single spaces.</summary>
    public static string Normalise(string phrase) => string.Join(' ', Text.Tokens(phrase).Select(t => t.Folded));
}
