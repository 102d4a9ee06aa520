#!/usr/bin/env bash
# Regenerates vectors.properties with openssl, an implementation independent of ours.
# The keys here are FAKE, made for these tests with `openssl genpkey`; they were never registered anywhere.
set -euo pipefail
cd "$(dirname "$0")"
sign() { printf '%b' "$2" | openssl dgst -sha256 -sign "$1" | openssl base64 -A; }
request_msg='POST\n/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/phone-membercard/import\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{"encrypted_phone_number":"vvysDQeEaH3I+wRh14St0aaKSE2j4mAFON3kzNexb/SYkHZNJAuCittaW4wpGj7U+h9A==","code":"478515832665","out_request_no":"100002322019090134234sfdf"}\n'
get_msg='GET\n/v3/certificates?algorithm_type=RSA\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n'
response_msg='1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{"code":"478515832665"}\n'
empty_response_msg='1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n\n'
{
  echo "# Made by make-vectors.sh with $(openssl version | cut -d' ' -f1-2). Do not edit by hand."
  echo "request.post.signature=$(sign merchant_key.pem "$request_msg")"
  echo "request.get.signature=$(sign merchant_key.pem "$get_msg")"
  echo "response.signature=$(sign wechatpay_key.pem "$response_msg")"
  echo "response.empty.signature=$(sign wechatpay_key.pem "$empty_response_msg")"
  echo "oaep.phone.ciphertext=$(printf '13800138000' | openssl pkeyutl -encrypt -pubin -inkey wechatpay_pub_key.pem \
      -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 | openssl base64 -A)"
  echo "merchant.serial=$(openssl x509 -in merchant_cert.pem -noout -serial | cut -d= -f2)"
} > vectors.properties
