using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// The two analyses every text is indexed and searched with: Italian (elisions, light stemmer) and
/// English (possessives, Porter stemmer). Both fold accents, so "exposanita" finds "Exposanità", and both
/// strip Italian elisions, because Italian titles are also read by the English analysis.
/// </summary>
internal static class SearchAnalyzers
{
    /// <summary>The Lucene version the analyzers follow.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The Italian analysis.</summary>
    public static Analyzer Italian { get; } = new FoldingAnalyzer(italian: true);

    /// <summary>The English analysis.</summary>
    public static Analyzer English { get; } = new FoldingAnalyzer(italian: false);

    private const int MaxCachedTerms = 50_000;
    private static readonly ConcurrentDictionary<(Analyzer, string), IReadOnlyList<string>> TermCache = new();

    /// <summary>The terms <paramref name="text"/> becomes under <paramref name="analyzer"/> (cached: the same words come back).</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        if (TermCache.TryGetValue((analyzer, text), out IReadOnlyList<string>? cached))
        {
            return cached;
        }

        IReadOnlyList<string> terms = Analyse(analyzer, text);
        if (TermCache.Count < MaxCachedTerms)
        {
            TermCache[(analyzer, text)] = terms;
        }

        return terms;
    }

    private static List<string> Analyse(Analyzer analyzer, string text)
    {
        List<string> terms = [];
        using TokenStream stream = analyzer.GetTokenStream("q", text);
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static CharArraySet Folded(CharArraySet words)
    {
        var set = new CharArraySet(Version, 300, ignoreCase: true);
        foreach (string word in words)
        {
            set.Add(word);
            set.Add(Text.Fold(word));
        }

        return set.AsReadOnly();
    }

    private sealed class FoldingAnalyzer(bool italian) : Analyzer
    {
        private static readonly CharArraySet Articles = new(Version,
            ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl",
             "un", "m", "t", "s", "v", "d", "quest", "quell", "cos", "dov", "com", "po", "nessun", "qual"], ignoreCase: true);

        private static readonly CharArraySet ItalianStops = Folded(ItalianAnalyzer.DefaultStopSet);
        private static readonly CharArraySet EnglishStops = Folded(EnglishAnalyzer.DefaultStopSet);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new ElisionFilter(source, Articles);
            if (!italian)
            {
                result = new EnglishPossessiveFilter(Version, result);
            }

            result = new LowerCaseFilter(Version, result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(Version, result, italian ? ItalianStops : EnglishStops);
            result = italian ? new ItalianLightStemFilter(result) : new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
