window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1174403812664131584",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1980532644686376424",
            "senderId" : "1174403812664131584",
            "recipientId" : "1326719481",
            "createdAt" : "2025-10-21T07:12:33.667Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1980382267171554052",
            "senderId" : "1326719481",
            "recipientId" : "1174403812664131584",
            "createdAt" : "2025-10-20T21:15:00.873Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1357994472032473090",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1978076178959288830",
            "senderId" : "1357994472032473090",
            "recipientId" : "1326719481",
            "createdAt" : "2025-10-14T12:31:26.599Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1978007628225793077",
            "senderId" : "1326719481",
            "recipientId" : "1357994472032473090",
            "createdAt" : "2025-10-14T07:59:02.830Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1975110208782343160",
            "senderId" : "1326719481",
            "recipientId" : "1357994472032473090",
            "createdAt" : "2025-10-06T08:05:44.203Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1974902950649366636",
            "senderId" : "1357994472032473090",
            "recipientId" : "1326719481",
            "createdAt" : "2025-10-05T18:22:10.014Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "14982305-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1973067445184700229",
            "senderId" : "1326719481",
            "recipientId" : "14982305",
            "createdAt" : "2025-09-30T16:48:31.409Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "380155270-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1961469105621851911",
            "senderId" : "380155270",
            "recipientId" : "1326719481",
            "createdAt" : "2025-08-29T16:40:51.770Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1955948066002109471",
            "senderId" : "380155270",
            "recipientId" : "1326719481",
            "createdAt" : "2025-08-14T11:02:13.349Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1120458796453617664",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1937075678461858123",
            "senderId" : "1326719481",
            "recipientId" : "1120458796453617664",
            "createdAt" : "2025-06-23T09:10:05.528Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1937073840363993037",
            "senderId" : "1120458796453617664",
            "recipientId" : "1326719481",
            "createdAt" : "2025-06-23T09:02:47.291Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1932789918112933779",
            "senderId" : "1326719481",
            "recipientId" : "1120458796453617664",
            "createdAt" : "2025-06-11T13:20:00.635Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "98123457-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1764195335579109737",
            "senderId" : "98123457",
            "recipientId" : "1326719481",
            "createdAt" : "2024-03-03T07:45:19.823Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1764033668528525256",
            "senderId" : "1326719481",
            "recipientId" : "98123457",
            "createdAt" : "2024-03-02T21:02:55.394Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1763875195465871518",
            "senderId" : "1326719481",
            "recipientId" : "98123457",
            "createdAt" : "2024-03-02T10:33:12.472Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1763874810773029098",
            "senderId" : "98123457",
            "recipientId" : "1326719481",
            "createdAt" : "2024-03-02T10:31:40.754Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1763870384636160364",
            "senderId" : "1326719481",
            "recipientId" : "98123457",
            "createdAt" : "2024-03-02T10:14:05.481Z"
          }
        }
      ]
    }
  }
]