using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.KeywordSearchAutoReplyAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class KeywordSearchAutoReplyTests
    {
        private static readonly MetadataReference Tweetinvi = Libraries.Stub("Tweetinvi");
        private static readonly MetadataReference LinqToTwitter = Libraries.Stub("LinqToTwitter");
        private static readonly MetadataReference Mastonet = Libraries.Stub("Mastonet");
        private static readonly MetadataReference Bluesky = Libraries.Stub("Bluesky");

        private const string Replies = "replies to posts";
        private const string Mentions = "mentions accounts";

        private static DiagnosticResult Expect(int markup, string post, string action, string search)
            => new DiagnosticResult(Descriptors.KeywordSearchAutoReply).WithLocation(markup).WithArguments(post, action, search);

        // ---- Tweetinvi ----

        [Fact]
        public Task Tweetinvi_reply_parameters_aimed_at_search_results_are_flagged_at_the_post() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;
using Tweetinvi.Parameters;

class Bot
{
    async Task Run(ITwitterClient client)
    {
        var tweets = await client.Search.SearchTweetsAsync(""need a CRM"");
        foreach (var tweet in tweets)
        {
            await {|#0:client.Tweets.PublishTweetAsync(new PublishTweetParameters(""Try our CRM!"") { InReplyToTweet = tweet })|};
        }
    }
}", Expect(0, "'client.Tweets.PublishTweetAsync'", Replies, "'client.Search.SearchTweetsAsync'"), Tweetinvi);

        [Fact]
        public Task Tweetinvi_reply_id_set_on_a_parameters_variable_is_flagged_at_the_assignment() => VerifyRule.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Tweetinvi;
using Tweetinvi.Parameters;

class Bot
{
    async Task Run(ITwitterClient client)
    {
        var results = await client.Search.SearchTweetsWithMetadataAsync(""#jobs"");
        var newest = results.Tweets.OrderByDescending(t => t.CreatedAt).First();
        var parameters = new PublishTweetParameters(""We are hiring too!"");
        {|#0:parameters.InReplyToTweetId = newest.Id|};
        await client.Tweets.PublishTweetAsync(parameters);
    }
}", Expect(0, "'InReplyToTweetId'", Replies, "'client.Search.SearchTweetsWithMetadataAsync'"), Tweetinvi);

        [Fact]
        public Task Tweetinvi_post_mentioning_the_authors_of_search_results_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Tweetinvi;

class Bot
{
    async Task Run(ITwitterClient client)
    {
        var tweets = await client.Search.SearchTweetsAsync(""#startup"");
        await Task.WhenAll(tweets.Select(tweet => {|#0:client.Tweets.PublishTweetAsync($""@{tweet.CreatedBy.ScreenName} you will love our app"")|}));
    }
}", Expect(0, "'client.Tweets.PublishTweetAsync'", Mentions, "'client.Search.SearchTweetsAsync'"), Tweetinvi);

        [Fact]
        public Task Tweetinvi_replies_from_a_keyword_tracking_stream_are_flagged() => VerifyRule.AnalyzerAsync(@"
using Tweetinvi;
using Tweetinvi.Parameters;

class Bot
{
    void Run(ITwitterClient client)
    {
        var stream = client.Streams.CreateFilteredStream();
        stream.AddTrack(""#blackfriday"");
        stream.MatchingTweetReceived += async (sender, e) =>
            await {|SMA010:client.Tweets.PublishTweetAsync(new PublishTweetParameters(""50% off at our shop"") { InReplyToTweet = e.Tweet })|};
        stream.AddTrack(""#cybermonday"", async tweet =>
            await {|SMA010:client.Tweets.PublishTweetAsync(new PublishTweetParameters(""Deals here"") { InReplyToTweetId = tweet.Id })|});
    }
}", Tweetinvi);

        [Fact]
        public Task Tweetinvi_replies_to_mentions_and_to_account_activity_are_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;
using Tweetinvi.Parameters;
using Tweetinvi.Streaming;

class Bot
{
    async Task Mentions(ITwitterClient client)
    {
        foreach (var mention in await client.Timelines.GetMentionsTimelineAsync())
        {
            await client.Tweets.PublishTweetAsync(new PublishTweetParameters($""@{mention.CreatedBy.ScreenName} thanks!"") { InReplyToTweet = mention });
        }
    }

    void Wire(ITwitterClient client, IAccountActivityStream stream)
    {
        stream.TweetCreated += async (sender, e) =>
            await client.Tweets.PublishTweetAsync(new PublishTweetParameters(""Glad you asked"") { InReplyToTweetId = e.Tweet.Id });
    }

    async Task Digest(ITwitterClient client)
    {
        var tweets = await client.Search.SearchTweetsAsync(""#dotnet"");
        await client.Tweets.PublishTweetAsync($""{tweets.Length} posts about #dotnet today"");
    }
}", Tweetinvi);

        // ---- LINQ to Twitter ----

        [Fact]
        public Task LinqToTwitter_reply_to_search_results_is_flagged_and_to_mentions_is_not() => VerifyRule.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using LinqToTwitter;

class Bot
{
    async Task Search(TwitterContext twitter)
    {
        var search = await (from s in twitter.TwitterSearch where s.Type == SearchType.RecentSearch && s.Query == ""need help with excel"" select s).SingleOrDefaultAsync();
        foreach (var tweet in search!.Tweets!)
        {
            await {|#0:twitter.ReplyAsync(""Our course fixes that"", tweet.ID!)|};
        }
    }

    async Task Mentions(TwitterContext twitter)
    {
        var mentions = await (from t in twitter.Tweets where t.Type == TweetType.MentionsTimeline && t.ID == ""42"" select t).SingleOrDefaultAsync();
        foreach (var tweet in mentions!.Tweets!)
        {
            await twitter.ReplyAsync(""Thanks for the mention"", tweet.ID!);
        }
    }
}", Expect(0, "'twitter.ReplyAsync'", Replies, "'twitter.TwitterSearch'"), LinqToTwitter);

        // ---- Mastonet ----

        [Fact]
        public Task Mastonet_reply_to_hashtag_and_search_results_is_flagged_and_to_notifications_is_not() => AnalyzerAsyncMany(@"
using System.Threading.Tasks;
using Mastonet;

class Bot
{
    async Task Run(MastodonClient client)
    {
        foreach (var status in await client.GetTagTimeline(""rust""))
        {
            await {|#0:client.PublishStatus(""Have you tried our tool?"", replyStatusId: status.Id)|};
        }

        var found = await client.Search(""kotlin"");
        foreach (var status in found.Statuses)
        {
            await {|#1:client.PublishStatus($""@{status.Account.AccountName} try this"", Visibility.Public, status.Id)|};
        }

        foreach (var notification in await client.GetNotifications())
        {
            if (notification.Status is { } mention)
            {
                await client.PublishStatus(""Thanks!"", replyStatusId: mention.Id);
            }
        }
    }
}", new DiagnosticResult[]
        {
            Expect(0, "'client.PublishStatus'", Replies, "'client.GetTagTimeline'"),
            Expect(1, "'client.PublishStatus'", Replies, "'client.Search'"),
        }, Mastonet);

        [Fact]
        public Task Mastonet_public_post_mentioning_searched_accounts_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Mastonet;

class Bot
{
    async Task Run(MastodonClient client)
    {
        foreach (var account in await client.SearchAccounts(""photographer""))
        {
            await {|#0:client.PublishStatus(""@"" + account.AccountName + "" check out our presets"")|};
        }
    }
}", Expect(0, "'client.PublishStatus'", Mentions, "'client.SearchAccounts'"), Mastonet);

        // ---- Bluesky (idunno.Bluesky) ----

        [Fact]
        public Task Bluesky_replies_to_searched_posts_are_flagged_in_every_form() => AnalyzerAsyncMany(@"
using System.Threading.Tasks;
using idunno.AtProto.Repo;
using idunno.Bluesky;

class Bot
{
    async Task Run(BlueskyAgent agent)
    {
        var results = await agent.SearchPosts(""looking for a designer"");
        foreach (var post in results.Result!.Posts)
        {
            var reference = new StrongReference(post.Uri, post.Cid);
            await {|#0:agent.ReplyTo(reference, ""Hire us!"")|};

            var builder = new PostBuilder(""We design too"", ""en"");
            {|#1:builder.ReplyTo(new ReplyReferences(reference, reference))|};
            await agent.Post(builder);

            await {|#2:agent.Post(new PostBuilder(""Portfolio"", ""en"") { InReplyTo = new ReplyReferences(reference, reference) })|};
        }
    }
}", new DiagnosticResult[]
        {
            Expect(0, "'agent.ReplyTo'", Replies, "'agent.SearchPosts'"),
            Expect(1, "'builder.ReplyTo'", Replies, "'agent.SearchPosts'"),
            Expect(2, "'agent.Post'", Replies, "'agent.SearchPosts'"),
        }, Bluesky);

        [Fact]
        public Task Bluesky_replies_to_mention_notifications_are_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using idunno.AtProto.Repo;
using idunno.Bluesky;
using idunno.Bluesky.Notifications;

class Bot
{
    async Task Run(BlueskyAgent agent, StrongReference mentionRef)
    {
        var notifications = await agent.ListNotifications();
        foreach (var notification in notifications.Result!)
        {
            if (notification.Reason == NotificationReason.Mention)
            {
                await agent.ReplyTo(mentionRef, $""Thanks @{notification.Author.Handle}"");
            }
        }
    }
}", Bluesky);

        // ---- no social library ----

        [Fact]
        public Task Code_without_a_social_library_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
class Forum
{
    string[] Search(string q) => new string[0];
    void ReplyAsync(string id, string text) { }
    void Run()
    {
        foreach (var id in Search(""x"")) ReplyAsync(id, ""hi"");
    }
}");

        private static Task AnalyzerAsyncMany(string source, DiagnosticResult[] expected, params MetadataReference[] references)
        {
            var test = VerifyRule.Test(source, references);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
