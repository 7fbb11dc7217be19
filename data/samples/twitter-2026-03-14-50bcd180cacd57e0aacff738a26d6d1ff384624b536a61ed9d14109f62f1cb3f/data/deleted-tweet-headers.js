window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1980371221615030426",
      "user_id" : "1326719481",
      "created_at" : "Mon Oct 20 20:31:07 +0000 2025",
      "deleted_at" : "Thu Mar 05 08:14:22 +0000 2026"
    }
  }
]