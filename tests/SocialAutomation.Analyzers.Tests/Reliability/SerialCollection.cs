using Xunit;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>Tests that measure time and memory run alone, so other tests do not count against them.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public class SerialCollection
    {
        public const string Name = "Reliability measurements";
    }
}
