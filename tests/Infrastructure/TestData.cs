namespace ClustER.Tests.Infrastructure;

/// <summary>Reads files under <c>tests/TestData</c> (copied next to the test assembly).</summary>
public static class TestData
{
    /// <summary>The full path of a test data file.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The text of a test data file.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));
}
