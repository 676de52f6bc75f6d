namespace ClustER.Jobs.Newsletter;

/// <summary>
/// Italian working days: Monday to Friday except the national public holidays (Easter Monday included).
/// A cron expression cannot say "the first working day of the month", so the schedule runs on weekdays
/// and asks this class whether today is the one.
/// </summary>
public static class ItalianWorkingDays
{
    /// <summary>True for a weekday that is not a national public holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>True when <paramref name="day"/> is the first working day of its month.</summary>
    public static bool IsFirstWorkingDayOfMonth(DateOnly day) => day == FirstWorkingDayOfMonth(day.Year, day.Month);

    /// <summary>The first working day of the month.</summary>
    public static DateOnly FirstWorkingDayOfMonth(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>New Year, Epiphany, Easter Monday, Liberation Day, Labour Day, Republic Day, Assumption, All Saints, Immaculate Conception, Christmas, St Stephen.</summary>
    public static bool IsPublicHoliday(DateOnly day) =>
        (day.Month, day.Day) is (1, 1) or (1, 6) or (4, 25) or (5, 1) or (6, 2) or (8, 15) or (11, 1) or (12, 8) or (12, 25) or (12, 26)
        || day == EasterSunday(day.Year).AddDays(1);

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
