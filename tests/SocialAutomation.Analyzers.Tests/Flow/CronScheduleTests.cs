using System;
using SocialAutomation.Analyzers.Flow;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Flow
{
    /// <summary>The cron reader behind SMA009: the shortest gap between two firings, and the rewrite its fix applies.</summary>
    public class CronScheduleTests
    {
        [Theory]
        [InlineData("* * * * *", 60)]
        [InlineData("*/1 * * * *", 60)]
        [InlineData("*/5 * * * *", 300)]
        [InlineData("*/7 * * * *", 240)] // 0, 7, ..., 56, then 0 of the next hour: 4 minutes
        [InlineData("0-30/10 * * * *", 600)]
        [InlineData("5,50 * * * *", 900)] // 50 to 5 past the next hour
        [InlineData("15,45 * * * *", 1800)]
        [InlineData("0 * * * *", 3600)]
        [InlineData("0 9-17 * * *", 3600)]
        [InlineData("30 8,12,17 * * *", 4 * 3600)]
        [InlineData("0 23,1 * * *", 2 * 3600)] // 23:00 to 01:00 the next day
        [InlineData("0 22-2 * * *", 3600)] // a range that wraps past midnight
        [InlineData("0 0 * * *", 86400)]
        [InlineData("0 9 * * MON-FRI", 86400)]
        [InlineData("0 9 * * 1,3,5", 2 * 86400)]
        [InlineData("0 12 * * SUN", 7 * 86400)]
        [InlineData("30 4 1,15 * 5", 86400)] // the 1st, the 15th, and every Friday (Vixie OR)
        [InlineData("0 0 1 * *", 28 * 86400)]
        [InlineData("0 0 1 1 *", 365 * 86400)]
        [InlineData("*/30 * * * * *", 30)] // six fields: seconds first
        [InlineData("0/10 * * ? * MON-FRI", 10)] // Quartz
        [InlineData("0 */5 9-17 * * ?", 300)]
        [InlineData("0 0 12 ? * 2#1", 28 * 86400)] // the first Monday of the month
        [InlineData("0 0 0 L * ?", 28 * 86400)] // the last day of the month
        [InlineData("0 0 12 15W * ?", 28 * 86400)] // the weekday nearest the 15th
        [InlineData("0 0 12 LW,1W * ?", 86400)] // a month's last weekday, then the next month's first (Mon 31 to Tue 1)
        [InlineData("0 0 8 * * ? 2030", 86400)] // a Quartz year field is ignored
        [InlineData("@hourly", 3600)]
        [InlineData("@every_minute", 60)]
        [InlineData("@daily", 86400)]
        public void ShortestGap(string expression, int seconds)
        {
            var cron = CronSchedule.TryParse(expression);

            Assert.NotNull(cron);
            Assert.Equal(TimeSpan.FromSeconds(seconds), cron!.ShortestGap);
        }

        [Theory]
        [InlineData("0 0 31 2 *")]
        [InlineData("0 0 30 2 ?")]
        public void NeverFiring_HasNoGap(string expression)
        {
            var cron = CronSchedule.TryParse(expression);

            Assert.NotNull(cron);
            Assert.Null(cron!.ShortestGap);
        }

        [Theory]
        [InlineData("")]
        [InlineData("* * * *")]
        [InlineData("* * * * * * * *")]
        [InlineData("60 * * * *")]
        [InlineData("*/0 * * * *")]
        [InlineData("* 24 * * *")]
        [InlineData("* * 0 * *")]
        [InlineData("* * * 13 *")]
        [InlineData("* * * * FOO")]
        [InlineData("a b c d e")]
        [InlineData("@often")]
        [InlineData("5- * * * *")]
        public void Malformed_IsNotRead(string expression)
        {
            Assert.Null(CronSchedule.TryParse(expression));
        }

        [Theory]
        [InlineData("*/1 * * * *", 15, "*/15 * * * *")]
        [InlineData("* * * * MON-FRI", 15, "*/15 * * * MON-FRI")]
        [InlineData("*/5 9-17 * * *", 15, "*/15 9-17 * * *")]
        [InlineData("0/10 * * ? * MON-FRI", 15, "0 */15 * ? * MON-FRI")]
        [InlineData("*/10 * * * * *", 15, "0 */15 * * * *")]
        [InlineData("*/5 * * * *", 7, "*/10 * * * *")] // */7 would leave a 4-minute gap at the hour
        [InlineData("*/5 * * * *", 45, "0 * * * *")]
        [InlineData("*/30 * * * *", 60, "0 * * * *")]
        [InlineData("*/30 * * * *", 90, "0 */2 * * *")]
        [InlineData("0 * * * *", 300, "0 */6 * * *")]
        [InlineData("0 * * * *", 1440, "0 0 * * *")]
        [InlineData("@every_minute", 15, "*/15 * * * *")]
        public void Rewrite_FiresAtTheMinimum(string expression, int minimumMinutes, string expected)
        {
            var minimum = TimeSpan.FromMinutes(minimumMinutes);

            var rewritten = CronSchedule.TryParse(expression)!.Rewrite(minimum);

            Assert.Equal(expected, rewritten);
            Assert.True(CronSchedule.TryParse(rewritten)!.ShortestGap >= minimum);
        }
    }
}
