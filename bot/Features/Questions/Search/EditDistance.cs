namespace ClustER.Bot.Features.Questions.Search;

/// <summary>Bounded optimal-string-alignment distance (Levenshtein with adjacent transpositions), for typo matching.</summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are at most <paramref name="max"/> edits apart.</summary>
    public static bool Within(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        int[] previous2 = new int[b.Length + 1], previous = new int[b.Length + 1], current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return false;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= max;
    }
}
