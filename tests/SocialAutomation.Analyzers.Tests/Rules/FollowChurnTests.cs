using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.FollowChurnAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class FollowChurnTests
    {
        private static readonly MetadataReference Tweetinvi = Libraries.Stub("Tweetinvi");
        private static readonly MetadataReference LinqToTwitter = Libraries.Stub("LinqToTwitter");
        private static readonly MetadataReference Mastonet = Libraries.Stub("Mastonet");
        private static readonly MetadataReference Bluesky = Libraries.Stub("Bluesky");

        private const string FromSearch = "accounts found by a search, who never interacted with you";
        private const string FromOthers = "another account's audience, who never interacted with you";
        private const string Churn = "unfollowing in bulk is follower churn";

        private static Task AnalyzerAsync(string source, DiagnosticResult[] expected, params MetadataReference[] references)
        {
            var test = VerifyRule.Test(source, references);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static DiagnosticResult Expect(int markup, string call, string verb, string origin, string reason)
            => new DiagnosticResult(Descriptors.FollowChurn).WithLocation(markup).WithArguments(call, verb, origin, reason);

        // ---- Tweetinvi ----

        [Fact]
        public Task Tweetinvi_following_the_authors_of_search_results_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Grower
{
    async Task Run(ITwitterClient client)
    {
        var tweets = await client.Search.SearchTweetsAsync(""#marketing"");
        foreach (var tweet in tweets)
        {
            await {|#0:client.Users.FollowUserAsync(tweet.CreatedBy)|};
        }
    }
}", Expect(0, "'client.Users.FollowUserAsync'", "follows", "'client.Search.SearchTweetsAsync'", FromSearch), Tweetinvi);

        [Fact]
        public Task Tweetinvi_following_a_competitors_followers_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Grower
{
    async Task Run(ITwitterClient client)
    {
        foreach (var id in await client.Users.GetFollowerIdsAsync(""competitor""))
        {
            await {|#0:client.Users.FollowUserAsync(id)|};
        }
    }
}", Expect(0, "'client.Users.FollowUserAsync'", "follows", "'client.Users.GetFollowerIdsAsync'", FromOthers), Tweetinvi);

        [Fact]
        public Task Tweetinvi_unfollowing_friends_who_did_not_follow_back_is_flagged_in_both_LINQ_forms() => AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Tweetinvi;

class Cleaner
{
    async Task Run(ITwitterClient client)
    {
        var me = await client.Users.GetAuthenticatedUserAsync();
        var friends = await client.Users.GetFriendIdsAsync(me);
        var followers = await client.Users.GetFollowerIdsAsync(me);

        foreach (var id in friends.Except(followers))
        {
            await {|#0:client.Users.UnfollowUserAsync(id)|};
        }

        var notBack = friends.Where(id => !followers.Contains(id)).ToList();
        for (var i = 0; i < notBack.Count; i++)
        {
            await {|#1:client.Users.UnfollowUserAsync(notBack[i])|};
        }
    }
}", new[]
        {
            Expect(0, "'client.Users.UnfollowUserAsync'", "unfollows", "'client.Users.GetFriendIdsAsync'", Churn),
            Expect(1, "'client.Users.UnfollowUserAsync'", "unfollows", "'client.Users.GetFriendIdsAsync'", Churn),
        }, Tweetinvi);

        [Fact]
        public Task Tweetinvi_pages_of_an_iterator_and_a_parallel_fan_out_are_traced() => VerifyRule.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Tweetinvi;

class Grower
{
    async Task Pages(ITwitterClient client)
    {
        var iterator = client.Users.GetFollowerIdsIterator(""competitor"");
        while (!iterator.Completed)
        {
            var page = await iterator.NextPageAsync();
            foreach (var id in page)
            {
                await {|SMA004:client.Users.FollowUserAsync(id)|};
            }
        }
    }

    async Task AllAtOnce(ITwitterClient client)
    {
        var users = await client.Search.SearchUsersAsync(""growth hacking"");
        await Task.WhenAll(users.Select(user => {|SMA004:client.Users.FollowUserAsync(user)|}));
    }
}", Tweetinvi);

        [Fact]
        public Task Tweetinvi_following_back_one_follower_or_someone_who_asked_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using Tweetinvi;
using Tweetinvi.Streaming;

class Bot
{
    void Wire(ITwitterClient client, IAccountActivityStream stream)
    {
        stream.UserFollowed += async (sender, e) => await client.Users.FollowUserAsync(e.FollowedBy);
        stream.MessageReceived += async (sender, e) => await client.Users.FollowUserAsync(e.Message.SenderId);
    }
}", Tweetinvi);

        [Fact]
        public Task Tweetinvi_following_the_authors_of_mentions_or_the_own_followers_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Bot
{
    async Task Mentions(ITwitterClient client)
    {
        foreach (var mention in await client.Timelines.GetMentionsTimelineAsync())
        {
            await client.Users.FollowUserAsync(mention.CreatedBy);
        }
    }

    async Task FollowBack(ITwitterClient client)
    {
        var me = await client.Users.GetAuthenticatedUserAsync();
        foreach (var id in await client.Users.GetFollowerIdsAsync(me.Id))
        {
            await client.Users.FollowUserAsync(id);
        }

        foreach (var id in await client.Users.GetUserIdsRequestingFriendshipAsync())
        {
            await client.Users.FollowUserAsync(id);
        }
    }

    async Task SameAccountEachTime(ITwitterClient client)
    {
        foreach (var tweet in await client.Search.SearchTweetsAsync(""#news""))
        {
            await client.Users.FollowUserAsync(""newsdesk"");
        }
    }
}", Tweetinvi);

        // ---- LINQ to Twitter ----

        [Fact]
        public Task LinqToTwitter_queries_for_friends_and_search_results_are_traced() => AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using LinqToTwitter;

class Grower
{
    async Task Unfollow(TwitterContext twitter)
    {
        var friendship = await (from f in twitter.Friendship where f.Type == FriendshipType.FriendIDs && f.ScreenName == ""me"" select f).SingleOrDefaultAsync();
        foreach (var id in friendship!.IDInfo!.IDs!)
        {
            await {|#0:twitter.DestroyFriendshipAsync(id)|};
        }
    }

    async Task Follow(TwitterContext twitter)
    {
        var search = await (from s in twitter.TwitterSearch where s.Type == SearchType.RecentSearch && s.Query == ""#ai"" select s).SingleOrDefaultAsync();
        foreach (var tweet in search!.Tweets!)
        {
            await {|#1:twitter.FollowAsync(""1234"", tweet.AuthorID!)|};
        }
    }
}", new[]
        {
            Expect(0, "'twitter.DestroyFriendshipAsync'", "unfollows", "'FriendshipType.FriendIDs'", Churn),
            Expect(1, "'twitter.FollowAsync'", "follows", "'twitter.TwitterSearch'", FromSearch),
        }, LinqToTwitter);

        // ---- Mastonet ----

        [Fact]
        public Task Mastonet_following_search_results_and_another_accounts_followers_is_flagged() => AnalyzerAsync(@"
using System.Threading.Tasks;
using Mastonet;

class Grower
{
    async Task Run(MastodonClient client, string competitorId)
    {
        foreach (var account in await client.SearchAccounts(""indie dev""))
        {
            await {|#0:client.Follow(account.Id)|};
        }

        var theirs = await client.GetAccountFollowers(competitorId);
        theirs.ForEach(async account => await {|#1:client.Follow(account.Id)|});
    }
}", new[]
        {
            Expect(0, "'client.Follow'", "follows", "'client.SearchAccounts'", FromSearch),
            Expect(1, "'client.Follow'", "follows", "'client.GetAccountFollowers'", FromOthers),
        }, Mastonet);

        [Fact]
        public Task Mastonet_accepting_follow_requests_and_following_back_are_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Mastonet;

class Bot
{
    async Task Run(MastodonClient client)
    {
        foreach (var account in await client.GetFollowRequests())
        {
            await client.Follow(account.Id);
        }

        var me = await client.GetCurrentUser();
        foreach (var account in await client.GetAccountFollowers(me.Id))
        {
            await client.Follow(account.Id);
        }

        foreach (var notification in await client.GetNotifications())
        {
            await client.Follow(notification.Account.Id);
        }
    }
}", Mastonet);

        // ---- Bluesky (idunno.Bluesky) ----

        [Fact]
        public Task Bluesky_following_searched_actors_and_unfollowing_the_own_follows_is_flagged() => AnalyzerAsync(@"
using System.Threading.Tasks;
using idunno.Bluesky;

class Grower
{
    async Task Run(BlueskyAgent agent)
    {
        var found = await agent.SearchActors(""dotnet"");
        foreach (var actor in found.Result!)
        {
            await {|#0:agent.Follow(actor.Did)|};
        }

        var follows = (await agent.GetFollows()).Result!;
        foreach (var profile in follows)
        {
            await {|#1:agent.Unfollow(profile.Did)|};
        }
    }
}", new[]
        {
            Expect(0, "'agent.Follow'", "follows", "'agent.SearchActors'", FromSearch),
            Expect(1, "'agent.Unfollow'", "unfollows", "'agent.GetFollows'", Churn),
        }, Bluesky);

        [Fact]
        public Task Bluesky_following_back_the_own_followers_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using idunno.Bluesky;

class Bot
{
    async Task Run(BlueskyAgent agent)
    {
        foreach (var follower in (await agent.GetFollowers()).Result!)
        {
            await agent.Follow(follower.Did);
        }

        foreach (var follower in (await agent.GetFollowers(agent.Did!)).Result!)
        {
            await agent.Follow(follower.Did);
        }
    }
}", Bluesky);

        // ---- no social library ----

        [Fact]
        public Task Code_without_a_social_library_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Collections.Generic;

class Graph
{
    void FollowUserAsync(long id) { }
    IEnumerable<long> SearchTweetsAsync(string q) => new long[0];
    void Run()
    {
        foreach (var id in SearchTweetsAsync(""x"")) FollowUserAsync(id);
    }
}");
    }
}
