using System.Globalization;
using CareerCms.Plugin.Bench;

// match <dataDir> <count> <profilesOut>        boots the site in-process on a SQLite data folder, times CareerMatchService
//                                              over <count> visitor profiles (3-12 skills); writes the profiles as JSON
// match-http <baseUrl> <profiles> <clients> <seconds>   POSTs the profiles to /api/careers/match; client latency, req/s
// starts <baseUrl> <clients> <seconds> <ackFile>  POSTs path starts (a new visitor each); appends each acknowledged
//                                              counted start to <ackFile>; req/s and latency; keeps going (counting
//                                              failures) if the site dies, until <seconds> are up
// verify-starts <provider> <connection> <ackFile>   checks every acknowledged start is a stored row
static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

return args.FirstOrDefault() switch
{
    "match" => await MatchTiming.ServerAsync(args[1], Number(args[2]), args[3]),
    "match-http" => await MatchTiming.HttpAsync(args[1], args[2], Number(args[3]), Number(args[4])),
    "starts" => await PathStartLoad.RunAsync(args[1], Number(args[2]), Number(args[3]), args[4]),
    "verify-starts" => await PathStartVerification.RunAsync(args[1], args[2], args[3]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: match <dataDir> <count> <profilesOut> | match-http <baseUrl> <profiles> <clients> <seconds> | "
        + "starts <baseUrl> <clients> <seconds> <ackFile> | verify-starts <Microsoft.Data.Sqlite|Npgsql> <connection> <ackFile>");
    return 2;
}
