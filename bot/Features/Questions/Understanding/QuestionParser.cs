using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Search;

namespace ClustER.Bot.Features.Questions.Understanding;

/// <summary>
/// Reads a question in Italian or English: time expressions first, then the vocabulary's phrases
/// (longest first: kinds, event kinds, programmes, themes, eligibility, places, status, "next", facets,
/// fillers), and what is left are the content words the search must find.
/// </summary>
internal sealed class QuestionParser(Vocabulary vocabulary)
{
    private const int MaxWords = 60;

    private static readonly HashSet<string> QuestionOpeners =
        ["come", "how", "cos'", "cosa", "what", "what'", "who", "chi", "why", "perche", "posso", "possiamo", "can", "could", "quanto", "quanta", "quanti", "quante", "is", "are", "do", "does", "e'", "c'"];

    private static readonly HashSet<string> PastWords =
        ["scaduti", "scaduto", "scadute", "scaduta", "chiusi", "chiuso", "chiuse", "closed", "expired", "past", "passati", "passato",
         "scorso", "scorsa", "scorsi", "were", "was", "recently", "recente", "recentemente", "erano", "svolti", "held", "previous", "precedenti"];

    /// <summary>Parses <paramref name="text"/> relative to <paramref name="now"/>.</summary>
    public ParsedQuestion Parse(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Token> tokens = [.. Text.Tokens(NumericDates.Spell(text)).Take(MaxWords)];
        string[] words = [.. tokens.Select(t => t.Folded)];
        bool preferPast = words.Any(PastWords.Contains);
        TimeParse time = TimeExpressionParser.Parse(words, now, preferPast);
        var consumed = new HashSet<int>(time.Consumed);
        var state = new State();
        state.Acronyms.UnionWith(tokens.Where(t => t.IsAcronym).Select(t => t.Folded));
        ReadPriorityNumbers(words, consumed, state);
        // FAQ answers are matched on every content word, the kind words too ("how do I join a working group").
        List<Concept> faqConcepts = [.. words.Where((w, i) => !time.Consumed.Contains(i) && IsContentWord(w, state))
            .Distinct(StringComparer.Ordinal).Select(Concept)];

        for (int i = 0; i < words.Length; i++)
        {
            if (consumed.Contains(i))
            {
                continue;
            }

            (int length, IReadOnlyList<VocabularyEntry> entries) = LongestPhrase(words, tokens, consumed, i);
            if (length == 0)
            {
                AddFreeWord(tokens[i], state);
                continue;
            }

            string[] phraseWords = words[i..(i + length)];
            foreach (VocabularyEntry entry in entries)
            {
                Apply(entry, phraseWords, state);
            }

            i += length - 1;
        }

        if (state.EventKinds.Count > 0)
        {
            state.Kinds.Add(KnowledgeKind.Event);
        }

        return new ParsedQuestion
        {
            Text = text,
            Kinds = state.Kinds,
            EventKinds = state.EventKinds,
            Programmes = [.. state.Programmes.Distinct(StringComparer.Ordinal)],
            Eligibility = state.Eligibility,
            Places = [.. state.Places.Distinct(StringComparer.Ordinal)],
            Priorities = state.Priorities,
            Concepts = [.. state.Concepts.DistinctBy(c => c.Word)],
            Time = time.Range,
            Status = state.Status,
            Next = state.Next,
            Facets = state.Facets,
            FaqConcepts = faqConcepts,
            IsQuestion = words.Length > 0 && QuestionOpeners.Contains(words[0]),
        };
    }

    private (int Length, IReadOnlyList<VocabularyEntry> Entries) LongestPhrase(string[] words, List<Token> tokens, HashSet<int> consumed, int i)
    {
        for (int n = Math.Min(vocabulary.MaxPhraseWords, words.Length - i); n >= 1; n--)
        {
            if (Enumerable.Range(i, n).Any(consumed.Contains))
            {
                continue;
            }

            IReadOnlyList<VocabularyEntry> entries = vocabulary.Lookup(string.Join(' ', words[i..(i + n)]));
            if (entries.Count == 0)
            {
                continue;
            }

            // A word that is both a filler and a domain word ("ai" = "to the" / AI) is the domain word only in capitals;
            // what it says about the question's form ("dove" → where, "quando" → when) holds either way.
            if (n == 1 && entries.Any(e => e.Section == VocabularySection.Filler))
            {
                return tokens[i].IsAcronym && entries.Any(e => e.Section != VocabularySection.Filler)
                    ? (1, [.. entries.Where(e => e.Section != VocabularySection.Filler)])
                    : (1, [.. entries.Where(e => e.Section is VocabularySection.Facet or VocabularySection.Status or VocabularySection.Next or VocabularySection.Filler)]);
            }

            return (n, entries);
        }

        return (0, []);
    }

    private void Apply(VocabularyEntry entry, string[] phraseWords, State state)
    {
        switch (entry.Section)
        {
            case VocabularySection.Kind:
                state.Kinds.Add(entry.Key switch { "call" => KnowledgeKind.Call, "event" => KnowledgeKind.Event, _ => KnowledgeKind.Faq });
                break;
            case VocabularySection.Event:
                // Also a content word: an event of that kind satisfies it by its kind, a call by its text
                // ("a grant to exhibit at international fairs").
                state.EventKinds.Add(entry.Key);
                AddConcepts(phraseWords, state, w => Concept(w) with { EventKind = entry.Key });
                break;
            case VocabularySection.Programme:
                state.Programmes.Add(entry.Key);
                AddConcepts(phraseWords, state, w => Concept(w) with { Programme = entry.Key });
                break;
            case VocabularySection.Theme:
                AddConcepts(phraseWords, state, w => Concept(w) with { Theme = int.Parse(entry.Key, System.Globalization.CultureInfo.InvariantCulture) });
                break;
            case VocabularySection.Eligible:
                string[] values = entry.Key.Split(',');
                state.Eligibility.UnionWith(values);
                AddConcepts(phraseWords, state, w => Concept(w) with { Eligibility = values });
                break;
            case VocabularySection.Place:
                state.Places.Add(entry.Key);
                AddConcepts(phraseWords, state, w => Concept(w) with { Place = entry.Key });
                break;
            case VocabularySection.Status:
                QuestionStatus status = Enum.Parse<QuestionStatus>(entry.Key, ignoreCase: true);
                state.Status = state.Status == QuestionStatus.Default || status is QuestionStatus.Recent or QuestionStatus.Closed ? status : state.Status;
                break;
            case VocabularySection.Next:
                state.Next = true;
                break;
            case VocabularySection.Facet:
                state.Facets.Add(entry.Key);
                break;
            default:
                break;
        }
    }

    private void AddConcepts(string[] phraseWords, State state, Func<string, Concept> make)
    {
        // "intelligenza artificiale" is one meaning: its words also find what the phrase's synonyms ("AI") find.
        IReadOnlyCollection<string> phraseSynonyms = phraseWords.Length > 1 ? vocabulary.Synonyms(string.Join(' ', phraseWords)) : [];
        foreach (string word in phraseWords.Where(w => IsContentWord(w, state)))
        {
            Concept concept = make(word);
            if (phraseSynonyms.Count > 0)
            {
                concept = concept with { Synonyms = [.. concept.Synonyms.Union(phraseSynonyms)] };
            }

            int existing = state.Concepts.FindIndex(c => c.Word == word);
            if (existing >= 0)
            {
                // "ospedali" is both an eligibility and a synonym group: keep every facet the word names.
                Concept old = state.Concepts[existing];
                state.Concepts[existing] = old with
                {
                    Theme = old.Theme ?? concept.Theme, Eligibility = old.Eligibility ?? concept.Eligibility,
                    Programme = old.Programme ?? concept.Programme, Place = old.Place ?? concept.Place,
                    EventKind = old.EventKind ?? concept.EventKind,
                };
            }
            else
            {
                state.Concepts.Add(concept);
            }
        }
    }

    private void AddFreeWord(Token token, State state)
    {
        if (IsContentWord(token.Folded, state))
        {
            state.Concepts.Add(Concept(token.Folded));
        }
    }

    // A stop word of either language is no content, unless written as an acronym ("AI" is not the Italian "ai").
    private bool IsContentWord(string word, State state) =>
        word.Length > 1 && !word.EndsWith('\'') && !word.All(char.IsDigit)
        && (state.Acronyms.Contains(word)
            || (!vocabulary.IsFiller(word) && SearchAnalyzers.Terms(SearchAnalyzers.Italian, word).Count > 0 && SearchAnalyzers.Terms(SearchAnalyzers.English, word).Count > 0));

    private Concept Concept(string word) => new(word, vocabulary.Synonyms(word));

    private static void ReadPriorityNumbers(string[] words, HashSet<int> consumed, State state)
    {
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            int? number = null;
            int length = 0;
            if ((w.StartsWith("wg", StringComparison.Ordinal) || w.StartsWith("gdl", StringComparison.Ordinal)) && int.TryParse(w.TrimStart('w', 'g', 'd', 'l'), out int n1))
            {
                (number, length) = (n1, 1);
                state.EventKinds.Add("wg-meeting");
            }
            else if (w is "priorita" or "priority" or "wg" or "gdl" && i + 1 < words.Length)
            {
                int at = words[i + 1] is "n" or "nr" or "numero" or "number" or "no" ? i + 2 : i + 1;
                if (at < words.Length && int.TryParse(words[at], out int n2))
                {
                    (number, length) = (n2, at - i + 1);
                }
            }

            if (number is >= 1 and <= KnowledgeVocabulary.PriorityCount)
            {
                state.Priorities.Add(number.Value);
                for (int k = i; k < i + length; k++)
                {
                    consumed.Add(k);
                }
            }
        }
    }

    private sealed class State
    {
        public HashSet<KnowledgeKind> Kinds { get; } = [];

        public HashSet<string> EventKinds { get; } = new(StringComparer.Ordinal);

        public List<string> Programmes { get; } = [];

        public HashSet<string> Eligibility { get; } = new(StringComparer.Ordinal);

        public List<string> Places { get; } = [];

        public HashSet<int> Priorities { get; } = [];

        public List<Concept> Concepts { get; } = [];

        public QuestionStatus Status { get; set; }

        public bool Next { get; set; }

        public HashSet<string> Facets { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Acronyms { get; } = new(StringComparer.Ordinal);
    }
}
