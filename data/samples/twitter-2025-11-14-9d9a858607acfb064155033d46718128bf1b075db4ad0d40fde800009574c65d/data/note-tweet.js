window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1902325430423946924",
      "updatedAt" : "2025-03-19T11:45:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-03-19T11:45:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Six things I wish someone had told me before my first on-call week as a data engineer:\n\n1. The pipeline that pages you is rarely the one that is broken. Look upstream first.\n2. Write the runbook while you fix it, not after. After never comes.\n3. A backfill is a deploy. Review it like one.\n4. \"It worked yesterday\" is data, not an excuse: diff yesterday's inputs.\n5. Silence alerts you never act on & keep the ones you do.\n6. Sleep. Nobody debugs Kafka offsets well at 4am.\n\nWhat would you add? #dataengineering #oncall",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [
          {
            "text" : "dataengineering",
            "fromIndex" : "495",
            "toIndex" : "511"
          },
          {
            "text" : "oncall",
            "fromIndex" : "512",
            "toIndex" : "519"
          }
        ]
      }
    }
  }
]