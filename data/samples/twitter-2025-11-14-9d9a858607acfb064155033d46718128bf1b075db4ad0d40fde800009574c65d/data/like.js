window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1989065734125959244",
      "fullText" : "120 people at DuckDB Stockholm. Thank you, speakers!",
      "expandedUrl" : "https://twitter.com/i/web/status/1989065734125959244"
    }
  },
  {
    "like" : {
      "tweetId" : "1984893239161967952",
      "fullText" : "Slides &amp; recording of my idempotent backfills talk are up.",
      "expandedUrl" : "https://twitter.com/i/web/status/1984893239161967952"
    }
  },
  {
    "like" : {
      "tweetId" : "1973224348264267584",
      "fullText" : "Watermarks, explained with bánh mì orders. A thread 🧵",
      "expandedUrl" : "https://twitter.com/i/web/status/1973224348264267584"
    }
  },
  {
    "like" : {
      "tweetId" : "1965777279851824378",
      "fullText" : "DuckDB 1.4 in our notebooks, out today.",
      "expandedUrl" : "https://twitter.com/i/web/status/1965777279851824378"
    }
  },
  {
    "like" : {
      "tweetId" : "1939725619948699177",
      "fullText" : "Window functions are just GROUP BY that remembers where it came from.",
      "expandedUrl" : "https://twitter.com/i/web/status/1939725619948699177"
    }
  },
  {
    "like" : {
      "tweetId" : "1918246587851151120",
      "fullText" : "Forecasting pharmacy stock with 40 lines of SQL. Yes, really.",
      "expandedUrl" : "https://twitter.com/i/web/status/1918246587851151120"
    }
  },
  {
    "like" : {
      "tweetId" : "1907854361993075059",
      "fullText" : "The duck is a lifestyle 🦆",
      "expandedUrl" : "https://twitter.com/i/web/status/1907854361993075059"
    }
  },
  {
    "like" : {
      "tweetId" : "1892635330648970442",
      "fullText" : "SCD type 2 in one picture.",
      "expandedUrl" : "https://twitter.com/i/web/status/1892635330648970442"
    }
  },
  {
    "like" : {
      "tweetId" : "1866769896572876968",
      "fullText" : "Our team is growing in Tel Aviv &amp; Kyiv.",
      "expandedUrl" : "https://twitter.com/i/web/status/1866769896572876968"
    }
  },
  {
    "like" : {
      "tweetId" : "1842323813784026862",
      "fullText" : "Late events are just early events that took the scenic route.",
      "expandedUrl" : "https://twitter.com/i/web/status/1842323813784026862"
    }
  },
  {
    "like" : {
      "tweetId" : "1808583992368615963",
      "fullText" : "Built a pipeline today. Could have been a spreadsheet.",
      "expandedUrl" : "https://twitter.com/i/web/status/1808583992368615963"
    }
  },
  {
    "like" : {
      "tweetId" : "1800800205901842063",
      "fullText" : "We're hiring two data engineers in Paris &amp; Berlin.",
      "expandedUrl" : "https://twitter.com/i/web/status/1800800205901842063"
    }
  },
  {
    "like" : {
      "tweetId" : "1694663339684838568",
      "fullText" : "Friendly reminder that your on-call rotation is a product.",
      "expandedUrl" : "https://twitter.com/i/web/status/1694663339684838568"
    }
  }
]